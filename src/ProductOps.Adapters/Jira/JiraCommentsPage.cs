namespace ProductOps.Jira;

/// <summary>A page of <c>GET /rest/api/3/issue/{key}/comment</c> (offset paging).</summary>
public sealed record JiraCommentsPage(int StartAt, int MaxResults, int Total, IReadOnlyList<JiraComment> Comments);
