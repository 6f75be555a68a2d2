using System.Text.Json;

namespace ProductOps.Jira;

/// <summary>Body of <c>PUT /rest/api/3/issue/{key}</c>: <c>fields</c> sets values, <c>update</c> applies operations.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put</remarks>
public sealed record JiraEditIssueRequest(
    IReadOnlyDictionary<string, JsonElement>? Fields = null,
    JiraIssueUpdate? Update = null);
