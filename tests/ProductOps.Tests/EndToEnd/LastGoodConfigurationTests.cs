using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// A broken <c>.github/product-ops.yml</c> falls back to the last good version of that file, kept in storage
/// so that it survives a restart, and the configuration issue says so (docs/configuration.md).
/// </summary>
public sealed class LastGoodConfigurationTests : IAsyncLifetime
{
    private const string Path = ".github/product-ops.yml";
    private static readonly string[] Wsjf = ["business-value:8", "time-criticality:5", "risk-reduction:3", "job-size:5"];
    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;
    private Dictionary<string, string?> settings = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        settings = RunningApp.Settings(azurite, github);
    }

    public async Task DisposeAsync()
    {
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_WSJF_repository_whose_file_breaks_keeps_scoring_with_WSJF_after_a_restart_and_the_issue_says_so()
    {
        const string Repo = "wsjf-org/app";
        github.AddFile(Repo, Path, "scoring:\n  model: wsjf\n");
        await using (var first = await RunningApp.StartAsync(settings))
        {
            await SendAsync(first, Repo, 1, Wsjf);
            await WaitForCommentAsync(Repo, 1);
            github.AddFile(Repo, Path, "scoring:\n  model: wsjff\n");
            await first.Client.SendAsync(GitHubDeliveries.Request("push", Push(Repo), RunningApp.Secret));
            await WaitUntilIdleAsync(first);
        }

        await using var second = await RunningApp.StartAsync(settings);
        await SendAsync(second, Repo, 2, Wsjf);
        await WaitForCommentAsync(Repo, 2);

        Assert.Contains("WSJF", github.CommentsOn(Repo, 2)[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("needs-scoring", github.LabelsOn(Repo, 2));
        var report = Assert.Single(github.IssuesIn(Repo), i => (string?)i["title"] == "Product Ops configuration");
        var body = (string)report["body"]!;
        Assert.Contains("wsjff", body, StringComparison.Ordinal);
        Assert.Contains($"the last good version of `{Repo}:{Path}`", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_organisation_file_falls_back_to_its_last_good_version_for_every_repository()
    {
        github.AddFile("org-e/.github", Path, "scoring:\n  model: wsjf\n");
        await using var app = await RunningApp.StartAsync(settings);
        await SendAsync(app, "org-e/one", 1, Wsjf);
        await WaitForCommentAsync("org-e/one", 1);

        github.AddFile("org-e/.github", Path, "scoring:\n  model: [wsjf\n");
        await app.Client.SendAsync(GitHubDeliveries.Request("push", Push("org-e/.github"), RunningApp.Secret));
        await WaitUntilIdleAsync(app);
        await SendAsync(app, "org-e/two", 1, Wsjf);
        await WaitForCommentAsync("org-e/two", 1);

        Assert.Contains("WSJF", github.CommentsOn("org-e/two", 1)[0].Body, StringComparison.Ordinal);
        var body = (string)Assert.Single(github.IssuesIn("org-e/two"))["body"]!;
        Assert.Contains($"the last good version of `org-e/.github:{Path}`", body, StringComparison.Ordinal);
    }

    // The shared check (every queue empty and no invocation running, over several polls), as issue 12 item 16 asks.
    private static Task WaitUntilIdleAsync(RunningApp app) => app.WaitUntilIdleAsync();

    private static JsonObject Push(string repo)
    {
        var push = GitHubDeliveries.Load("push");
        push["ref"] = "refs/heads/master";
        push["repository"]!["full_name"] = repo;
        push["repository"]!["name"] = repo.Split('/')[1];
        push["commits"] = new JsonArray(new JsonObject { ["id"] = "abc", ["added"] = new JsonArray(), ["removed"] = new JsonArray(), ["modified"] = new JsonArray(Path) });
        return push;
    }

    private static Task SendAsync(RunningApp app, string repo, int number, string[] labels) =>
        app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(repo, number, labels), RunningApp.Secret));

    private Task WaitForCommentAsync(string repo, int number) =>
        Eventually.HoldsAsync(() => github.CommentsOn(repo, number).Count > 0, $"{repo}#{number} has a score comment", 60);
}
