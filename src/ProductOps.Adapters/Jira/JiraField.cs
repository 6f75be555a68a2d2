namespace ProductOps.Jira;

/// <summary>A field from <c>GET /rest/api/3/field</c>: names are what people configure, ids what the API needs.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get</remarks>
public sealed record JiraField(string Id, string Name, bool Custom, string? Key = null, JiraFieldSchema? Schema = null);
