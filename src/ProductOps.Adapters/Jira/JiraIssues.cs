using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// A project's open issues for a backfill, one enhanced JQL search page at a time (token paging:
/// the token is the resumable cursor). Oldest first, so issues created during a backfill land on later pages.
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
/// </summary>
public sealed class JiraIssues(JiraClient client, string projectKey)
{
    private JiraEventTranslator? translator;

    /// <summary>Project keys are letters, digits and underscores, so quoting them is enough to keep the JQL ours.</summary>
    public string Jql { get; } = IsProjectKey(projectKey)
        ? $"project = \"{projectKey}\" AND statusCategory != Done ORDER BY created ASC"
        : throw new ArgumentException($"\"{projectKey}\" is not a Jira project key.", nameof(projectKey));

    public static bool IsProjectKey(string key) =>
        key.Length is >= 2 and <= 50 && char.IsAsciiLetterUpper(key[0]) && key.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>One page (null token: the first) and the next page's token, null after the last page.</summary>
    public async Task<(IReadOnlyList<WorkItem> Items, string? Next)> GetPageAsync(string? token, int pageSize, CancellationToken ct)
    {
        // Inputs are read from fields by name, as for webhooks: the catalogue maps the ids search returns.
        translator ??= new JiraEventTranslator(JiraEventTranslator.FieldNames(await client.GetFieldsAsync(ct)));
        var page = await client.SearchJqlPageAsync(Jql, ["*all"], token, pageSize, ct);
        var items = page.Issues
            .Select(i => translator.ToWorkItem(i) with { CommentCount = JiraProvider.CommentTotal(i) ?? 1 })
            .ToList();
        var next = page.IsLast == true ? null : page.NextPageToken;
        if (next is not null && next == token)
        {
            throw new InvalidOperationException("Jira returned the same nextPageToken twice; stopping to avoid a loop.");
        }
        return (items, next);
    }
}
