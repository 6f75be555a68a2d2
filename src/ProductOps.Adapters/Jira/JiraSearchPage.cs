namespace ProductOps.Jira;

/// <summary>A page of <c>GET /rest/api/3/search/jql</c>; the last page has no <c>nextPageToken</c>.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get</remarks>
public sealed record JiraSearchPage(IReadOnlyList<JiraIssue> Issues, string? NextPageToken = null, bool? IsLast = null);
