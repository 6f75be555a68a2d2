using System.Globalization;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.Projects.ProjectRoadmaps;

namespace ProductOps.Tests.Projects;

/// <summary>
/// A roadmap built from a GitHub Project (<c>roadmap.project</c>), end to end: the project read through the
/// fake's GraphQL endpoint, the roadmap refreshed by the running app and committed and published as a real
/// install would see it. Each test has its own organisation and roadmap repository.
/// </summary>
public sealed class ProjectRoadmapTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private readonly ProjectRoadmaps roadmaps = new(env);

    [Fact]
    public async Task Iterations_are_listed_by_start_date_with_items_from_two_repositories_and_a_draft_and_no_iteration_last()
    {
        var board = roadmaps.Seed("plan-a", 1, "Iteration");

        await roadmaps.RefreshAsync(board.Roadmap);

        var page = roadmaps.Markdown(board.Roadmap);
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
        var board = roadmaps.Seed("plan-b", 2, "Quarter");

        await roadmaps.RefreshAsync(board.Roadmap);

        var page = roadmaps.Markdown(board.Roadmap);
        Assert.Contains("## By Quarter", page);
        AssertInOrder(page, "### Q1 (1)", "### Q3 (2)", "### No Quarter (2)");
        Assert.DoesNotContain("### Q2", page);
        Assert.DoesNotContain("### Q4", page);
        AssertInOrder(Section(page, "### Q3"), "plan-b/app#21", "Pricing experiment");
    }

    [Fact]
    public async Task Dates_are_grouped_by_month()
    {
        var board = roadmaps.Seed("plan-c", 3, "Due");

        await roadmaps.RefreshAsync(board.Roadmap);

        var page = roadmaps.Markdown(board.Roadmap);
        AssertInOrder(page, "## By Due", "### November 2026 (1)", "### January 2027 (1)", "### No Due (3)");
    }

    [Fact]
    public async Task The_HTML_page_groups_the_project_items_and_collapses_done_iterations()
    {
        var board = roadmaps.Seed("plan-d", 4, "Iteration");

        await roadmaps.RefreshAsync(board.Roadmap);

        var html = await roadmaps.PageAsync(RoadmapTargetPolicy.DefaultPagePath(Providers.GitHub, board.Roadmap));
        Assert.Contains("<h2 id=\"groups\">By Iteration</h2>", html);
        AssertInOrder(html, "<details class=\"group group-done\"", "Sprint 12", "</details>", "Sprint 13 <span class=\"meta\">· current</span>", "Sprint 14", "No Iteration");
        Assert.Contains("<td><a href=\"https://github.com/plan-d/app/issues/21\">plan-d/app#21</a></td><td>Checkout redesign</td><td class=\"num\">score 300</td><td>Beta</td><td>Now</td>", html);
        Assert.Contains("<td>Draft</td><td>Pricing experiment</td>", html);
        Assert.Contains("<h2>Now (", html);
    }

    [Fact]
    public async Task An_edit_on_the_board_refreshes_the_roadmap_built_from_the_project()
    {
        var board = roadmaps.Seed("plan-e", 5, "Iteration");
        await roadmaps.RefreshAsync(board.Roadmap);
        var before = roadmaps.Markdown(board.Roadmap);
        Assert.Contains("### Sprint 13 · current", before);

        // Someone moves the checkout work into the current sprint on the board.
        env.GitHub.SetProjectValue(board.Items["app#21"], "Iteration", "Sprint 13");
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("projects_v2_item",
            ProjectBoardTests.ProjectItemEvent("edited", board.Items["app#21"], "I_21", "Issue"), RunningApp.Secret));
        Assert.True(response.IsSuccessStatusCode);

        await Eventually.HoldsAsync(() => roadmaps.Markdown(board.Roadmap).Contains("plan-e/app#21") && Section(roadmaps.Markdown(board.Roadmap), "### Sprint 13").Contains("plan-e/app#21"),
            "the roadmap shows the item in its new iteration", 90);
        Assert.DoesNotContain("### Sprint 14", roadmaps.Markdown(board.Roadmap));
    }

    [Fact]
    public async Task An_item_archived_on_the_board_leaves_the_roadmap_built_from_the_project()
    {
        var board = roadmaps.Seed("plan-h", 8, "Iteration");
        await roadmaps.RefreshAsync(board.Roadmap);
        Assert.Contains("plan-h/api#23", roadmaps.Markdown(board.Roadmap));

        env.GitHub.RemoveProjectItem(board.Items["api#23"]);
        var payload = ProjectBoardTests.ProjectItemEvent("archived", board.Items["api#23"], "I_23", "Issue");
        payload["projects_v2_item"]!["project_node_id"] = "PVT_plan-h_8";
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("projects_v2_item", payload, RunningApp.Secret));
        Assert.True(response.IsSuccessStatusCode);

        await Eventually.HoldsAsync(() => !roadmaps.Markdown(board.Roadmap).Contains("plan-h/api#23"), "the archived item is off the roadmap", 90);
        Assert.DoesNotContain("### No Iteration", roadmaps.Markdown(board.Roadmap));
    }
}
