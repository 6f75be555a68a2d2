using ProductOps.GitHub.Projects;
using ProductOps.Tests.Cli;
using ProductOps.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProductOps.Tests.Projects;

/// <summary>
/// <c>productops backfill project</c> against the fake GitHub's GraphQL endpoint and Azurite, and the
/// GraphQL points the project features spend (docs/projects.md, "Cost").
/// </summary>
public sealed class ProjectBackfillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Org = "octo-org";
    private const string Config = """
        scoring:
          project:
            fields: { reach: Reach, impact: Impact, confidence: Confidence, effort: Size }
            score-field: RICE
        """;

    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_project_backfill_pages_by_cursor_and_scores_every_issue_across_repositories_and_every_draft()
    {
        var project = github.AddProject(Org, 7, "Roadmap", ("Reach", "NUMBER", []), ("Impact", "SINGLE_SELECT", ["Low", "High"]),
            ("Confidence", "NUMBER", []), ("Size", "SINGLE_SELECT", ["S", "M", "L"]), ("RICE", "NUMBER", []));
        var estimates = new Dictionary<string, object> { ["Reach"] = 100, ["Impact"] = "High", ["Confidence"] = 50, ["Size"] = "M" };
        var items = new List<string>();
        foreach (var repo in new[] { Org + "/web", Org + "/api" })
        {
            github.AddFile(repo, ".github/product-ops.yml", Config);
            for (var i = 1; i <= 30; i++)
            {
                github.AddIssue(repo, i, $"Issue {i}", [], DateTimeOffset.UtcNow.AddMinutes(-i));
                items.Add(github.AddIssueItem(project, repo, i, estimates));
            }
        }
        github.AddFile(Org + "/.github", ".github/product-ops.yml", Config);
        var drafts = Enumerable.Range(1, 3).Select(i => github.AddDraftItem(project, $"Idea {i}", estimates)).ToList();

        var (code, text) = await RunAsync("backfill", "project", "--owner", Org, "--number", "7");

        Assert.True(code == 0, text);
        Assert.All(items.Concat(drafts), item => Assert.Equal(100.0, github.ProjectValue(item, "RICE")));
        Assert.Equal(30, Enumerable.Range(1, 30).Count(i => github.CommentsOn(Org + "/web", i).Count == 1));
        Assert.Equal(30, Enumerable.Range(1, 30).Count(i => github.CommentsOn(Org + "/api", i).Count == 1));
        var pages = github.GraphQlCalls.Where(c => c.Operation == "ProjectItemsPage").ToList();
        Assert.Equal(2, pages.Count);
        // The page carries every item's fields: no per-item GraphQL read, one mutation per changed field.
        Assert.DoesNotContain(github.GraphQlCalls, c => c.Operation is "ProjectItem" or "IssueProjectItems");
        Assert.Equal(items.Count + drafts.Count, github.GraphQlMutations.Count);
        output.WriteLine($"backfill of {items.Count + drafts.Count} items: {pages.Sum(p => p.Cost)} query points in {pages.Count} pages, {github.GraphQlMutations.Count} mutations");
    }

    /// <summary>The figures in docs/projects.md: points by GitHub's published rule for the queries as sent.</summary>
    [Fact]
    public void Points_per_event_and_per_backfilled_item_follow_from_the_queries_as_sent()
    {
        var itemEvent = FakeGitHub.Cost(ProjectQueries.ProjectItem.Text, []);
        var issueEvent = FakeGitHub.Cost(ProjectQueries.IssueProjectItems.Text, []);
        var page = FakeGitHub.Cost(ProjectQueries.ProjectItemsPage.Text, []);
        output.WriteLine($"projects_v2_item event: {itemEvent} point; issues event with scoring.project: {issueEvent} point; page of 50 items: {page} points ({page / 50.0:0.00} per item)");

        Assert.Equal(1, itemEvent);
        Assert.Equal(1, issueEvent);
        Assert.Equal(2, page);
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRun.PrintedAsync(RunningApp.Settings(azurite, github), args);
}
