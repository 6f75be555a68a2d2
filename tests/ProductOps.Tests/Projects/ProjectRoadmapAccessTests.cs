using System.Globalization;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.Projects.ProjectRoadmaps;

namespace ProductOps.Tests.Projects;

/// <summary>
/// A project the app cannot read (no permission, a wrong number) is a configuration problem: reported in the
/// "Product Ops configuration" issue, the roadmap last published left as it is, nothing lost once it can be read.
/// </summary>
public sealed class ProjectRoadmapAccessTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private readonly ProjectRoadmaps roadmaps = new(env);

    [Fact]
    public async Task A_project_the_app_cannot_read_is_reported_in_the_configuration_issue_and_the_published_roadmap_stays()
    {
        var board = roadmaps.Seed("plan-f", 6, "Iteration");
        await roadmaps.RefreshAsync(board.Roadmap);
        var published = roadmaps.Markdown(board.Roadmap);
        var commits = env.GitHub.Commits.Count;

        env.GitHub.DenyProject("plan-f", 6);
        env.GitHub.SetProjectValue(board.Items["api#23"], "Iteration", "Sprint 14");
        await roadmaps.RefreshAsync(board.Roadmap);

        var report = Assert.Single(env.GitHub.IssuesIn(board.Roadmap), i => (string?)i["title"] == "Product Ops configuration");
        Assert.Contains("### The roadmap's project", (string)report["body"]!);
        Assert.Contains("Product Ops cannot read plan-f project 6 for the roadmap", (string)report["body"]!);
        Assert.Contains("FORBIDDEN: Resource not accessible by integration", (string)report["body"]!);
        Assert.Equal(published, roadmaps.Markdown(board.Roadmap));
        Assert.Equal(commits, env.GitHub.Commits.Count);

        // The permission is back: the edit made meanwhile is on the roadmap, and the report is closed.
        env.GitHub.AllowProject("plan-f", 6);
        await roadmaps.RefreshAsync(board.Roadmap);

        Assert.Contains("plan-f/api#23", Section(roadmaps.Markdown(board.Roadmap), "### Sprint 14"));
        Assert.DoesNotContain("### No Iteration", roadmaps.Markdown(board.Roadmap));
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

        await roadmaps.RefreshAsync(roadmap);

        var report = Assert.Single(env.GitHub.IssuesIn(roadmap), i => (string?)i["title"] == "Product Ops configuration");
        Assert.Contains("the organisation plan-g has no project number 404 that Product Ops can see", (string)report["body"]!);
        Assert.Null(env.GitHub.File(roadmap, "ROADMAP.md"));
    }
}
