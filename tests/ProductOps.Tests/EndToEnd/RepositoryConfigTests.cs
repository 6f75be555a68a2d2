using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>.github/product-ops.yml read from the repository and the organisation, end to end.</summary>
public sealed class RepositoryConfigTests(RepositoryConfigTests.LongCache env) : IClassFixture<RepositoryConfigTests.LongCache>
{
    public sealed class LongCache : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["GitHub:ConfigCacheDuration"] = "01:00:00";
    }

    private const string Path = ".github/product-ops.yml";
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task Organisation_defaults_apply_and_the_repository_file_overrides_them()
    {
        env.GitHub.AddFile("org-a/.github", Path, "scoring:\n  t-shirt-sizes:\n    M: 2\n  needs-scoring-label: org-triage\n");
        env.GitHub.AddFile("org-a/app", Path, "scoring:\n  needs-scoring-label: app-triage\n");

        await SendAsync("org-a/app", 1, Inputs);
        await SendAsync("org-a/app", 2, ["reach:500"]);

        await WaitForCommentAsync("org-a/app", 1);
        await WaitForCommentAsync("org-a/app", 2);
        Assert.Contains("RICE = 500 × 2 × 0.8 ÷ 2 = 400", env.GitHub.CommentsOn("org-a/app", 1)[0].Body);
        Assert.Contains(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == "/repos/org-a/app/issues/2/labels" && w.RequestMessage.Body!.Contains("app-triage"));
    }

    [Fact]
    public async Task A_broken_file_is_reported_once_in_one_issue_and_processing_goes_on_with_the_defaults()
    {
        env.GitHub.AddFile("org-b/app", Path, "scoring:\n  model: rice\n  stale_after_days: 10\n");

        await SendAsync("org-b/app", 1, Inputs);
        await WaitForCommentAsync("org-b/app", 1);
        await SendAsync("org-b/app", 2, Inputs);
        await WaitForCommentAsync("org-b/app", 2);

        var report = Assert.Single(env.GitHub.IssuesIn("org-b/app"));
        Assert.Equal("Product Ops configuration", (string?)report["title"]);
        var body = (string)report["body"]!;
        Assert.Contains("org-b/app:.github/product-ops.yml", body);
        Assert.Contains("| 3 |", body);
        Assert.Contains("stale-after-days", body);
        Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == "/repos/org-b/app/issues" && w.RequestMessage.Method == "POST");
        Assert.Contains("priority:P2", env.GitHub.CommentsOn("org-b/app", 2)[0].Body);
    }

    [Fact]
    public async Task A_push_that_fixes_the_file_reloads_it_at_once_and_closes_the_report()
    {
        env.GitHub.AddFile("org-c/app", Path, "scoring:\n  model: nonsense\n");
        await SendAsync("org-c/app", 1, Inputs);
        await WaitForCommentAsync("org-c/app", 1);
        Assert.Equal("open", (string?)Assert.Single(env.GitHub.IssuesIn("org-c/app"))["state"]);

        env.GitHub.AddFile("org-c/app", Path, "scoring:\n  t-shirt-sizes:\n    M: 4\n");
        await env.App.Client.SendAsync(GitHubDeliveries.Request("push", Push("org-c/app", Path), RunningApp.Secret));

        await Eventually.HoldsAsync(() => (string?)env.GitHub.IssuesIn("org-c/app")[0]["state"] == "closed", "the report is closed");
        await SendAsync("org-c/app", 2, Inputs);
        await WaitForCommentAsync("org-c/app", 2);
        Assert.Contains("= 200", env.GitHub.CommentsOn("org-c/app", 2)[0].Body);
    }

    [Fact]
    public async Task A_push_that_does_not_touch_the_file_keeps_the_cached_configuration()
    {
        env.GitHub.AddFile("org-d/app", Path, "scoring:\n  t-shirt-sizes:\n    M: 2\n");
        await SendAsync("org-d/app", 1, Inputs);
        await WaitForCommentAsync("org-d/app", 1);
        var reads = ConfigReads("org-d/app");

        env.GitHub.AddFile("org-d/app", Path, "scoring:\n  t-shirt-sizes:\n    M: 4\n");
        await env.App.Client.SendAsync(GitHubDeliveries.Request("push", Push("org-d/app", "README.md"), RunningApp.Secret));
        await SendAsync("org-d/app", 2, Inputs);
        await WaitForCommentAsync("org-d/app", 2);

        Assert.Equal(reads, ConfigReads("org-d/app"));
        Assert.Contains("= 400", env.GitHub.CommentsOn("org-d/app", 2)[0].Body);
    }

    private int ConfigReads(string repo) => env.GitHub.Requests().Count(r => r.RequestMessage!.AbsolutePath == $"/repos/{repo}/contents/{Path}");

    private static JsonObject Push(string repo, string changedPath)
    {
        var push = GitHubDeliveries.Load("push");
        push["ref"] = "refs/heads/master";
        push["repository"]!["full_name"] = repo;
        push["commits"] = new JsonArray(new JsonObject { ["id"] = "abc", ["added"] = new JsonArray(), ["removed"] = new JsonArray(), ["modified"] = new JsonArray(changedPath) });
        return push;
    }

    private Task SendAsync(string repo, int number, string[] labels) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(repo, number, labels), RunningApp.Secret));

    private Task WaitForCommentAsync(string repo, int number) =>
        Eventually.HoldsAsync(() => env.GitHub.CommentsOn(repo, number).Count > 0, $"{repo}#{number} has a score comment");
}
