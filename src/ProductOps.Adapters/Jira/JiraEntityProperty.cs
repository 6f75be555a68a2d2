using System.Text.Json;

namespace ProductOps.Jira;

/// <summary>An entity property: hidden from people, kept with the comment, read back by key.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/</remarks>
public sealed record JiraEntityProperty(string Key, JsonElement Value);
