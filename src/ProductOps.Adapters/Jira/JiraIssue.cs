namespace ProductOps.Jira;

// Shapes of Jira Cloud REST v3 issues, shared with webhook payloads (which use the same issue bean).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get

public sealed record JiraIssue
{
    public string Id { get; init; } = "";
    public required string Key { get; init; }
    public string? Self { get; init; }
    public JiraIssueFields Fields { get; init; } = new();
}
