using System.Runtime.CompilerServices;

namespace ProductOps.Jira;

// Enhanced JQL search: token paging replaced startAt/total paging, and the old /search endpoint is gone.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
public sealed partial class JiraClient
{
    /// <summary>One page of <c>GET /rest/api/3/search/jql</c>; pass the previous page's token to get the next.</summary>
    public Task<JiraSearchPage> SearchJqlPageAsync(
        string jql, IEnumerable<string> fieldIds, string? nextPageToken, int maxResults, CancellationToken ct)
    {
        var uri = $"rest/api/3/search/jql?jql={Esc(jql)}&fields={Esc(string.Join(',', fieldIds))}&maxResults={maxResults}";
        if (nextPageToken is not null)
        {
            uri += $"&nextPageToken={Esc(nextPageToken)}";
        }

        return SendAsync<JiraSearchPage>(HttpMethod.Get, uri, null, ct);
    }

    /// <summary>Every issue matching <paramref name="jql"/>, following <c>nextPageToken</c> until the last page.</summary>
    public async IAsyncEnumerable<JiraIssue> SearchJqlAsync(
        string jql, IEnumerable<string> fieldIds, [EnumeratorCancellation] CancellationToken ct, int pageSize = 100)
    {
        var fieldList = fieldIds.ToList();
        string? token = null;
        do
        {
            var page = await SearchJqlPageAsync(jql, fieldList, token, pageSize, ct).ConfigureAwait(false);
            foreach (var issue in page.Issues)
            {
                yield return issue;
            }

            if (page.NextPageToken is not null && page.NextPageToken == token)
            {
                throw new InvalidOperationException("Jira returned the same nextPageToken twice; stopping to avoid a loop.");
            }

            token = page.IsLast == true ? null : page.NextPageToken;
        }
        while (token is not null);
    }
}
