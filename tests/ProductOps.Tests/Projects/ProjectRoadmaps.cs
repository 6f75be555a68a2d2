using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Projects;

/// <summary>
/// A project roadmap's setting for the tests: an organisation whose project holds issues of two repositories and
/// a draft, a roadmap repository listing that project, the refresh, and readers of what was published.
/// </summary>
internal sealed class ProjectRoadmaps(AppWithFakeGitHub env)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public sealed record Board(string Roadmap, IReadOnlyDictionary<string, string> Items);

    /// <summary>
    /// An organisation with a project of four issues in two repositories and a draft, and a roadmap repository
    /// whose roadmap lists that project grouped by <paramref name="groupBy"/>. Scores come from the project's RICE field.
    /// </summary>
    public Board Seed(string org, int number, string groupBy)
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
    public async Task RefreshAsync(string roadmap)
    {
        await env.App.Services.GetRequiredService<IRoadmapSignal>()
            .RefreshNowAsync(new ItemKey(Providers.GitHub, roadmap, RoadmapRefresher.LockId), null, CancellationToken.None);
        await env.WaitUntilIdleAsync(90);
    }

    public string Markdown(string roadmap) => env.GitHub.File(roadmap, "ROADMAP.md") ?? "";

    public async Task<string> PageAsync(string path)
    {
        var blobs = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        return (await blobs.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToString();
    }

    /// <summary>From a heading to the next heading of any level.</summary>
    public static string Section(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no '{heading}'");
        var end = page.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    public static void AssertInOrder(string text, params string[] parts)
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
