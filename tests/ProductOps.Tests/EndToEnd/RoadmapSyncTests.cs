using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Signed deliveries into the running app keep the roadmap file, issue and HTML page in sync, cheaply.</summary>
public sealed class RoadmapSyncTests(RoadmapSyncTests.App env) : IClassFixture<RoadmapSyncTests.App>
{
    public const string Repo = "octo-org/roadmap";
    public const string Config = """
        roadmap:
          title: Team roadmap
          file:
            path: docs/ROADMAP.md
            branch: main
          issue:
            title: Roadmap
          html:
            path: octo-org/roadmap/index.html
        """;

    public sealed class App : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            // Long enough for the whole burst to be processed on a busy 2-core machine before the refresh runs.
            settings["Roadmap:DebounceWindow"] = "00:00:15";
            GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
        }
    }

    [Fact]
    public async Task A_burst_of_50_events_makes_exactly_one_commit_one_issue_and_one_page_and_an_unchanged_board_makes_none()
    {
        var requestsBefore = env.GitHub.Requests().Count;
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => SendAsync(i, ["reach:500", "impact:high", "confidence:80%", $"effort:{(i % 2 == 0 ? "M" : "S")}", i % 3 == 0 ? "phase:beta" : "phase:discovery"])));

        await Eventually.HoldsAsync(() => env.GitHub.Commits.Count > 0, "the roadmap file is committed", 60);
        await WaitUntilRefreshedAsync();
        var commit = Assert.Single(env.GitHub.Commits);
        Assert.Equal(("docs/ROADMAP.md", "main"), (commit.Path, commit.Branch));
        Assert.Contains("# Team roadmap", commit.Text);
        Assert.Contains("50 open items", commit.Text);
        Assert.Contains("quadrantChart", commit.Text);

        var issue = Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.Method == "POST" && w.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues");
        Assert.Contains("roadmap", issue.RequestMessage!.Body);
        var html = await Page();
        Assert.Contains("<h1>Team roadmap</h1>", html);
        Assert.Contains("50 open items", html);

        // The same labels again, with a newer timestamp: the index changes, the page does not.
        await SendAsync(1, ["reach:500", "impact:high", "confidence:80%", "effort:S", "phase:discovery", "priority:P2"]);
        await WaitUntilRefreshedAsync();
        Assert.Single(env.GitHub.Commits);
        Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath.StartsWith($"/repos/{Repo}/issues", StringComparison.Ordinal) && w.RequestMessage.Method is "POST" or "PATCH" && !w.RequestMessage.AbsolutePath.Contains("/labels") && !w.RequestMessage.AbsolutePath.Contains("/comments"));

        // A real change: one more commit, and the issue's body is edited in place, never re-created.
        await SendAsync(51, ["reach:9000", "impact:massive", "confidence:100%", "effort:XS", "phase:alpha"]);
        await Eventually.HoldsAsync(() => env.GitHub.Commits.Count == 2, "the change is committed", 60);
        await WaitUntilRefreshedAsync();
        Assert.Equal(2, env.GitHub.Commits.Count);
        Assert.Contains(env.GitHub.Writes, w => w.RequestMessage!.Method == "PATCH" && w.RequestMessage.AbsolutePath.StartsWith($"/repos/{Repo}/issues/5", StringComparison.Ordinal));
        Assert.Contains("51 open items", await Page());
        Assert.DoesNotContain(env.GitHub.Requests().Skip(requestsBefore), r => r.RequestMessage!.Method == "GET" && r.RequestMessage.AbsolutePath.EndsWith("/comments", StringComparison.Ordinal));
    }

    private async Task WaitUntilRefreshedAsync()
    {
        await env.App.WaitUntilIdleAsync(timeoutSeconds: 90);
    }

    private async Task<string> Page()
    {
        var blobs = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        return (await blobs.GetBlobClient("octo-org/roadmap/index.html").DownloadContentAsync()).Value.Content.ToString();
    }

    private Task<HttpResponseMessage> SendAsync(int number, string[] labels) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, number, labels), RunningApp.Secret));
}
