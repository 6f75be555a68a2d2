namespace ProductOps.Jira;

/// <summary>Answer of <c>POST /rest/api/3/comment/list</c> (a PageBean of comments).</summary>
public sealed record JiraCommentListPage(IReadOnlyList<JiraComment> Values, bool IsLast = true, int StartAt = 0, int Total = 0);
