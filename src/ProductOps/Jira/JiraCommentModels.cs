using System.Text.Json;
using ProductOps.Jira.Adf;

namespace ProductOps.Jira;

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/

/// <summary>A comment as Jira returns it. <see cref="Body"/> is ADF from REST v3 and a plain string in webhook payloads.</summary>
public sealed record JiraComment
{
    public required string Id { get; init; }
    public JsonElement? Body { get; init; }
    public JiraUser? Author { get; init; }

    /// <summary>Who last edited the comment: whoever wrote the commands an edit added.</summary>
    public JiraUser? UpdateAuthor { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Only present when asked for with <c>expand=properties</c>.</summary>
    public IReadOnlyList<JiraEntityProperty>? Properties { get; init; }
}

/// <summary>An entity property: hidden from people, kept with the comment, read back by key.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/</remarks>
public sealed record JiraEntityProperty(string Key, JsonElement Value);

/// <summary>Body of add comment (POST) and update comment (PUT); both accept <c>properties</c>.</summary>
public sealed record JiraCommentRequest(AdfDocument Body, IReadOnlyList<JiraEntityProperty>? Properties = null);

/// <summary>A page of <c>GET /rest/api/3/issue/{key}/comment</c> (offset paging).</summary>
public sealed record JiraCommentsPage(int StartAt, int MaxResults, int Total, IReadOnlyList<JiraComment> Comments);

/// <summary>Body of <c>POST /rest/api/3/comment/list</c>: up to 1,000 ids.</summary>
public sealed record JiraCommentListRequest(IReadOnlyList<long> Ids);

/// <summary>Answer of <c>POST /rest/api/3/comment/list</c> (a PageBean of comments).</summary>
public sealed record JiraCommentListPage(IReadOnlyList<JiraComment> Values, bool IsLast = true, int StartAt = 0, int Total = 0);
