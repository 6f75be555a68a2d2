using System.Globalization;
using Octokit;
using ProductOps.WorkItems;
using ItemState = ProductOps.WorkItems.ItemState;

namespace ProductOps.GitHub;

/// <summary>
/// Lists a repository's open issues one page at a time, following GitHub's Link headers, so a
/// backfill can stop after any page and resume from the next page's URL.
/// https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api
/// </summary>
public sealed class GitHubIssues(IGitHubClient client, string repository)
{
    /// <summary>The first page, oldest issues first, so issues opened during a backfill land on later pages.</summary>
    public Uri FirstPage(int pageSize = 100) => new($"repos/{repository}/issues?state=open&sort=created&direction=asc&per_page={pageSize}", UriKind.Relative);

    /// <summary>One page of issues (pull requests left out) and the next page's URL, null on the last page.</summary>
    public async Task<(IReadOnlyList<WorkItem> Items, Uri? Next)> GetPageAsync(Uri page, CancellationToken ct)
    {
        var response = await client.Connection.Get<List<Issue>>(page, new Dictionary<string, string>(), "application/vnd.github+json");
        var items = (response.Body ?? []).Where(i => i.PullRequest is null).Select(ToWorkItem).ToList();
        var next = response.HttpResponse.ApiInfo?.Links is { } links && links.TryGetValue("next", out var url) ? url : null;
        return (items, next);
    }

    public WorkItem ToWorkItem(Issue issue) => new()
    {
        Key = new ItemKey(Events.Providers.GitHub, repository, issue.Number.ToString(CultureInfo.InvariantCulture)),
        Title = issue.Title ?? "",
        Body = issue.Body ?? "",
        Url = issue.HtmlUrl ?? "",
        State = issue.State.StringValue == "closed" ? ItemState.Closed : ItemState.Open,
        Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
        Fields = IssueFormParser.Parse(issue.Body),
        Milestone = issue.Milestone?.Title,
        Assignees = issue.Assignees?.Select(a => a.Login).ToList() ?? [],
        CreatedAt = issue.CreatedAt,
        UpdatedAt = issue.UpdatedAt ?? issue.CreatedAt,
        CommentCount = issue.Comments,
        Author = issue.User?.Login,
    };
}
