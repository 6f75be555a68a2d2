using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Projects;

/// <summary>
/// A roadmap built from a GitHub Project (<c>roadmap.project</c>), end to end: the project read through the
/// fake's GraphQL endpoint, the roadmap refreshed by the running app and committed, published and reported
/// as a real install would see it. Each test has its own organisation and roadmap repository.
/// </summary>
public sealed class ProjectRoadmapTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Iterations_are_listed_by_start_date_with_items_from_two_repositories_and_a_draft_and_no_iteration_last()
    {
        var board = Seed("plan-a", 1, "Iteration");

        await RefreshAsync(board.Roadmap);

        var page = Markdown(board.Roadmap);
        Assert.Contains("## By Iteration", page);
        Assert.Contains("## Now (", page);
        Assert.Contains("## By phase", page);
        AssertInOrder(page, "### Sprint 12 · done", "### Sprint 13 · current", "### Sprint 14 ·", "### No Iteration (1)");
        Assert.Contains($" – {Today.AddDays(6).ToString("d MMM yyyy", CultureInfo.InvariantCulture)} (2)", Section(page, "### Sprint 13 · current"));
        // Issues name their repository and link to it; the draft is its title only.
        Assert.Contains("- [plan-a/app#21](https://github.com/plan-a/app/issues/21) Checkout redesign · score 300 · Beta · Now", page);
        Assert.Contains("- [plan-a/api#22](https://github.com/plan-a/api/issues/22) Rate limits · score 120 · Later", page);
        Assert.Contains("- Draft Pricing experiment · score 50 · Later", page);
        Assert.Contains("- [plan-a/api#23](https://github.com/plan-a/api/issues/23) Audit log · score 10 · Later", page);
        Assert.Contains("5 open items in Delivery (plan-a project 1)", page);
        AssertInOrder(Section(page, "### Sprint 13"), "plan-a/api#22", "plan-a/app#24");
        // Five items fit one page of 50: one query, 2 points (docs/projects.md, Cost).
        var read = Assert.Single(env.GitHub.GraphQlCalls, c => c.Operation == "ProjectItemsPage" && c.Variables.Contains("\"plan-a\"", StringComparison.Ordinal));
        Assert.Equal(2, read.Cost);
    }

    [Fact]
    public async Task Single_select_options_are_listed_in_the_fields_order_and_items_without_one_last()
    {
        var board = Seed("plan-b", 2, "Quarter");

        await RefreshAsync(board.Roadmap);

        var page = Markdown(board.Roadmap);
        Assert.Contains("## By Quarter", page);
        AssertInOrder(page, "### Q1 (1)", "### Q3 (2)", "### No Quarter (2)");
        Assert.DoesNotContain("### Q2", page);
        Assert.DoesNotContain("### Q4", page);
        AssertInOrder(Section(page, "### Q3"), "plan-b/app#21", "Pricing experiment");
    }

    [Fact]
    public async Task Dates_are_grouped_by_month()
    {
        var board = Seed("plan-c", 3, "Due");

        await RefreshAsync(board.Roadmap);

        var page = Markdown(board.Roadmap);
        AssertInOrder(page, "## By Due", "### November 2026 (1)", "### January 2027 (1)", "### No Due (3)");
    }

    [Fact]
    public async Task The_HTML_page_groups_the_project_items_and_collapses_done_iterations()
    {
        var board = Seed("plan-d", 4, "Iteration");

        await RefreshAsync(board.Roadmap);

        var html = await PageAsync(RoadmapTargetPolicy.DefaultPagePath(Providers.GitHub, board.Roadmap));
        Assert.Contains("<h2 id=\"groups\">By Iteration</h2>", html);
        AssertInOrder(html, "<details class=\"group group-done\"", "Sprint 12", "</details>", "Sprint 13 <span class=\"meta\">· current</span>", "Sprint 14", "No Iteration");
        Assert.Contains("<td><a href=\"https://github.com/plan-d/app/issues/21\">plan-d/app#21</a></td><td>Checkout redesign</td><td class=\"num\">300</td><td>Beta</td><td>Now</td>", html);
        Assert.Contains("<td>Draft</td><td>Pricing experiment</td>", html);
        Assert.Contains("<h2>Now (", html);
    }

    [Fact]
    public async Task An_edit_on_the_board_refreshes_the_roadmap_built_from_the_project()
    {
        var board = Seed("plan-e", 5, "Iteration");
        await RefreshAsync(board.Roadmap);
        var before = Markdown(board.Roadmap);
        Assert.Contains("### Sprint 13 · current", before);

        // Someone moves the checkout work into the current sprint on the board.
        env.GitHub.SetProjectValue(board.Items["app#21"], "Iteration", "Sprint 13");
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("projects_v2_item",
            ProjectBoardTests.ProjectItemEvent("edited", board.Items["app#21"], "I_21", "Issue"), RunningApp.Secret));
        Assert.True(response.IsSuccessStatusCode);

        await Eventually.HoldsAsync(() => Markdown(board.Roadmap).Contains("plan-e/app#21") && Section(Markdown(board.Roadmap), "### Sprint 13").Contains("plan-e/app#21"),
            "the roadmap shows the item in its new iteration", 90);
        Assert.DoesNotContain("### Sprint 14", Markdown(board.Roadmap));
    }

    [Fact]
    public async Task An_item_archived_on_the_board_leaves_the_roadmap_built_from_the_project()
    {
        var board = Seed("plan-h", 8, "Iteration");
        await RefreshAsync(board.Roadmap);
        Assert.Contains("plan-h/api#23", Markdown(board.Roadmap));

        env.GitHub.RemoveProjectItem(board.Items["api#23"]);
        var payload = ProjectBoardTests.ProjectItemEvent("archived", board.Items["api#23"], "I_23", "Issue");
        payload["projects_v2_item"]!["project_node_id"] = "PVT_plan-h_8";
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("projects_v2_item", payload, RunningApp.Secret));
        Assert.True(response.IsSuccessStatusCode);

        await Eventually.HoldsAsync(() => !Markdown(board.Roadmap).Contains("plan-h/api#23"), "the archived item is off the roadmap", 90);
        Assert.DoesNotContain("### No Iteration", Markdown(board.Roadmap));
    }

    [Fact]
    public async Task A_project_the_app_cannot_read_is_reported_in_the_configuration_issue_and_the_published_roadmap_stays()
    {
        var board = Seed("plan-f", 6, "Iteration");
        await RefreshAsync(board.Roadmap);
        var published = Markdown(board.Roadmap);
        var commits = env.GitHub.Commits.Count;

        env.GitHub.DenyProject("plan-f", 6);
        env.GitHub.SetProjectValue(board.Items["api#23"], "Iteration", "Sprint 14");
        await RefreshAsync(board.Roadmap);

        var report = Assert.Single(env.GitHub.IssuesIn(board.Roadmap), i => (string?)i["title"] == "Product Ops configuration");
        Assert.Contains("### The roadmap's project", (string)report["body"]!);
        Assert.Contains("Product Ops cannot read plan-f project 6 for the roadmap", (string)report["body"]!);
        Assert.Contains("FORBIDDEN: Resource not accessible by integration", (string)report["body"]!);
        Assert.Equal(published, Markdown(board.Roadmap));
        Assert.Equal(commits, env.GitHub.Commits.Count);

        // The permission is back: the edit made meanwhile is on the roadmap, and the report is closed.
        env.GitHub.AllowProject("plan-f", 6);
        await RefreshAsync(board.Roadmap);

        Assert.Contains("plan-f/api#23", Section(Markdown(board.Roadmap), "### Sprint 14"));
        Assert.DoesNotContain("### No Iteration", Markdown(board.Roadmap));
        report = Assert.Single(env.GitHub.IssuesIn(board.Roadmap), i => (string?)i["title"] == "Product Ops configuration");
        Assert.Equal("closed", (string?)report["state"]);
    }

    [Fact]
    public async Task A_wrong_project_number_is_reported_and_nothing_is_published()
    {
        const string roadmap = "plan-g/roadmap";
        env.GitHub.AddFile(roadmap, ".github/product-ops.yml", """
            roadmap:
              file: { path: ROADMAP.md }
              project: { owner: plan-g, number: 404, group-by: Iteration }
            """);

        await RefreshAsync(roadmap);

        var report = Assert.Single(env.GitHub.IssuesIn(roadmap), i => (string?)i["title"] == "Product Ops configuration");
        Assert.Contains("the organisation plan-g has no project number 404 that Product Ops can see", (string)report["body"]!);
        Assert.Null(env.GitHub.File(roadmap, "ROADMAP.md"));
    }

    private sealed record Board(string Roadmap, IReadOnlyDictionary<string, string> Items);

    /// <summary>
    /// An organisation with a project of four issues in two repositories and a draft, and a roadmap repository
    /// whose roadmap lists that project grouped by <paramref name="groupBy"/>. Scores come from the project's RICE field.
    /// </summary>
    private Board Seed(string org, int number, string groupBy)
    {
        var roadmap = $"{org}/roadmap";
        env.GitHub.AddFile(roadmap, ".github/product-ops.yml", $$"""
            scoring:
              project: { number: {{number}}, score-field: RICE }
            roadmap:
              title: Delivery roadmap
              file: { path: ROADMAP.md }
              html: {}
              project: { owner: {{org}}, number: {{number}}, group-by: {{groupBy}} }
            """);
        var project = env.GitHub.AddProject(org, number, "Delivery",
            ("Iteration", "ITERATION", []), ("Quarter", "SINGLE_SELECT", ["Q1", "Q2", "Q3", "Q4"]), ("Due", "DATE", []), ("RICE", "NUMBER", []));
        env.GitHub.SetIterations(project, "Iteration",
            ("Sprint 14", Today.AddDays(7), 14), ("Sprint 12", Today.AddDays(-21), 14), ("Sprint 13", Today.AddDays(-7), 14));
        env.GitHub.AddIssue($"{org}/app", 21, "Checkout redesign", ["phase:beta"]);
        env.GitHub.AddIssue($"{org}/api", 22, "Rate limits", []);
        env.GitHub.AddIssue($"{org}/api", 23, "Audit log", []);
        env.GitHub.AddIssue($"{org}/app", 24, "Search filters", []);
        var items = new Dictionary<string, string>
        {
            ["app#21"] = env.GitHub.AddIssueItem(project, $"{org}/app", 21, new Dictionary<string, object> { ["Iteration"] = "Sprint 14", ["Quarter"] = "Q3", ["RICE"] = 300 }),
            ["api#22"] = env.GitHub.AddIssueItem(project, $"{org}/api", 22, new Dictionary<string, object> { ["Iteration"] = "Sprint 13", ["Quarter"] = "Q1", ["Due"] = "2027-01-15", ["RICE"] = 120 }),
            ["draft"] = env.GitHub.AddDraftItem(project, "Pricing experiment", new Dictionary<string, object> { ["Iteration"] = "Sprint 12", ["Quarter"] = "Q3", ["Due"] = "2026-11-30", ["RICE"] = 50 }),
            ["api#23"] = env.GitHub.AddIssueItem(project, $"{org}/api", 23, new Dictionary<string, object> { ["RICE"] = 10 }),
            ["app#24"] = env.GitHub.AddIssueItem(project, $"{org}/app", 24, new Dictionary<string, object> { ["Iteration"] = "Sprint 13" }),
        };
        return new Board(roadmap, items);
    }

    /// <summary>The existing roadmap refresh path (what <c>/roadmap</c> does), then quiet: every queue empty.</summary>
    private async Task RefreshAsync(string roadmap)
    {
        await env.App.Services.GetRequiredService<IRoadmapSignal>()
            .RefreshNowAsync(new ItemKey(Providers.GitHub, roadmap, RoadmapRefresher.LockId), null, CancellationToken.None);
        await env.WaitUntilIdleAsync(90);
    }

    private string Markdown(string roadmap) => env.GitHub.File(roadmap, "ROADMAP.md") ?? "";

    private async Task<string> PageAsync(string path)
    {
        var blobs = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        return (await blobs.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToString();
    }

    /// <summary>From a heading to the next heading of any level.</summary>
    private static string Section(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no '{heading}'");
        var end = page.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{part}' is not after the previous part in:\n{text}");
            at = next;
        }
    }
}
