namespace ProductOps.Jira;

/// <summary>Body of <c>POST /rest/api/3/comment/list</c>: up to 1,000 ids.</summary>
public sealed record JiraCommentListRequest(IReadOnlyList<long> Ids);
