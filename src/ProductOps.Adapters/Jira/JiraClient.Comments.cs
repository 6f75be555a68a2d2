using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;

namespace ProductOps.Jira;

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
public sealed partial class JiraClient
{
    private const int CommentPageSize = 100; // the maximum Jira serves per page

    /// <summary>One page of <c>GET /rest/api/3/issue/{key}/comment</c>, oldest first.</summary>
    public Task<JiraCommentsPage> GetCommentsAsync(string issueKey, int startAt, int maxResults, CancellationToken ct) =>
        SendAsync<JiraCommentsPage>(
            HttpMethod.Get, $"rest/api/3/issue/{Esc(issueKey)}/comment?startAt={startAt}&maxResults={maxResults}&orderBy=created", null, ct);

    /// <summary>
    /// <c>POST /rest/api/3/comment/list?expand=properties</c>: the issue's comment list only expands
    /// <c>renderedBody</c>, so properties are read through this endpoint. Read-only, hence retried.
    /// </summary>
    public async Task<IReadOnlyList<JiraComment>> GetCommentsByIdsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var page = await SendAsync<JiraCommentListPage>(
            HttpMethod.Post, "rest/api/3/comment/list?expand=properties", new JiraCommentListRequest(ids), ct, idempotent: true).ConfigureAwait(false);
        return page.Values;
    }

    /// <summary>All comments of an issue, oldest first, with their properties.</summary>
    public async IAsyncEnumerable<JiraComment> GetCommentsWithPropertiesAsync(string issueKey, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var startAt = 0; ;)
        {
            var page = await GetCommentsAsync(issueKey, startAt, CommentPageSize, ct).ConfigureAwait(false);
            if (page.Comments.Count == 0)
            {
                yield break;
            }

            var ids = page.Comments.Select(c => long.Parse(c.Id, CultureInfo.InvariantCulture)).ToList();
            var withProperties = (await GetCommentsByIdsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
            foreach (var comment in page.Comments)
            {
                // A comment deleted between the two calls is simply skipped.
                if (withProperties.TryGetValue(comment.Id, out var full))
                {
                    yield return full;
                }
            }

            startAt += page.Comments.Count;
            if (startAt >= page.Total)
            {
                yield break;
            }
        }
    }

    /// <summary><c>POST /rest/api/3/issue/{key}/comment</c>. Not retried on 5xx (see <see cref="JiraRetryHandler"/>).</summary>
    public Task<JiraComment> AddCommentAsync(string issueKey, JiraCommentRequest comment, CancellationToken ct) =>
        SendAsync<JiraComment>(HttpMethod.Post, $"rest/api/3/issue/{Esc(issueKey)}/comment", comment, ct);

    /// <summary><c>PUT /rest/api/3/issue/{key}/comment/{id}</c>; null when the comment (or issue) is gone.</summary>
    public async Task<JiraComment?> UpdateCommentAsync(string issueKey, string commentId, JiraCommentRequest comment, CancellationToken ct)
    {
        var uri = $"rest/api/3/issue/{Esc(issueKey)}/comment/{Esc(commentId)}";
        using var response = await SendRawAsync(HttpMethod.Put, uri, comment, ct).ConfigureAwait(false);
        if (IsNotFound(response))
        {
            return null;
        }

        await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<JiraComment>(JiraJson.Options, ct).ConfigureAwait(false);
    }
}
