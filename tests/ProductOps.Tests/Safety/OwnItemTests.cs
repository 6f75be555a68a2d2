using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// The roadmap issue and the configuration report are the app's own output, not work: written by the
/// app's identity and carrying its marker, they are never scored, gated or listed. A marker alone
/// (anyone can type one) does not make an issue the app's.
/// </summary>
public sealed class OwnItemTests(OwnItemTests.App env) : IClassFixture<OwnItemTests.App>
{
    private const string Repo = "octo-org/own-items";
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    public sealed class App : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Roadmap:DebounceWindow"] = "00:00:01";
            GitHub.AddFile(Repo, ".github/product-ops.yml", """
                roadmap:
                  issue:
                    title: Roadmap
                  html:
                    path: octo-org/own-items/index.html
                """);
        }
    }

    [Fact]
    public async Task The_roadmap_issues_own_edited_delivery_causes_no_writes_and_it_never_appears_on_the_page()
    {
        // A lookalike opened by someone else, with the label and the marker: not the app's to edit.
        const string Lookalike = "<!-- product-ops:roadmap hash=0000 -->\nedit me";
        env.GitHub.AddIssue(Repo, 900, "Roadmap", ["roadmap"], body: Lookalike, author: "mallory");

        await SendAsync("labeled", GitHubDeliveries.Labeled(Repo, 1, Inputs)["issue"]!.AsObject());
        await Eventually.HoldsAsync(() => env.GitHub.IssuesIn(Repo).Count == 2, "the app creates its roadmap issue", 60);
        await env.WaitUntilIdleAsync();
        Assert.Equal(Lookalike, (string)env.GitHub.Issue(Repo, 900)!["body"]!);
        var roadmap = Stored(env.GitHub.IssuesIn(Repo).Single(i => (int)i["number"]! != 900));
        Assert.Equal(FakeGitHub.TokenUser, (string)roadmap["user"]!["login"]!);
        var writes = env.GitHub.Writes.Count;

        // GitHub's issues.edited for the body the app just wrote, with the app as sender.
        roadmap["updated_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        await SendAsync("edited", roadmap);

        await env.WaitUntilIdleAsync();
        Assert.Equal(writes, env.GitHub.Writes.Count);
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("Product Ops created this item"));
        var page = await PageAsync();
        Assert.Contains("/issues/1", page);
        Assert.DoesNotContain($"/issues/{roadmap["number"]}", page);
    }

    [Fact]
    public async Task An_issue_by_a_person_that_copies_the_apps_marker_is_still_scored()
    {
        var issue = GitHubDeliveries.Labeled(Repo, 2, Inputs)["issue"]!.AsObject();
        issue["body"] = "<!-- product-ops:roadmap hash=0000 -->\nnot really the roadmap";
        issue["user"] = new JsonObject { ["login"] = "mallory", ["id"] = 7, ["type"] = "User" };

        await SendAsync("labeled", issue);

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 2).Count == 1, "the issue is scored");
    }

    [Fact]
    public async Task The_configuration_issues_own_delivery_causes_no_writes()
    {
        const string repo = "octo-org/own-config";
        env.GitHub.AddFile(repo, ".github/product-ops.yml", "scoring: [broken\n");
        await SendAsync("labeled", GitHubDeliveries.Labeled(repo, 1, Inputs)["issue"]!.AsObject(), repo);
        await Eventually.HoldsAsync(() => env.GitHub.IssuesIn(repo).Any(i => (string?)i["title"] == "Product Ops configuration"), "the app opens its configuration issue", 60);
        await env.WaitUntilIdleAsync();
        var report = Stored(env.GitHub.IssuesIn(repo).Single(i => (string?)i["title"] == "Product Ops configuration"));
        var writes = env.GitHub.Writes.Count;

        // GitHub's issues.opened for the report the app just opened, with the app as sender.
        await SendAsync("opened", report, repo);

        await env.WaitUntilIdleAsync();
        Assert.Equal(writes, env.GitHub.Writes.Count);
        Assert.Empty(env.GitHub.CommentsOn(repo, (int)report["number"]!));
        Assert.DoesNotContain(env.GitHub.LabelsOn(repo, (int)report["number"]!), l => l.StartsWith("priority:", StringComparison.Ordinal) || l == "needs-scoring");
    }

    private static JsonObject Stored(JsonObject issue)
    {
        var copy = issue.DeepClone().AsObject();
        copy.Remove("_repo");
        return copy;
    }

    private Task<HttpResponseMessage> SendAsync(string action, JsonObject issue, string repo = Repo)
    {
        var payload = GitHubDeliveries.Load("issues." + action);
        payload["repository"] = GitHubDeliveries.Labeled(repo, 1, [])["repository"]!.DeepClone();
        payload["issue"] = issue.DeepClone();
        payload["sender"] = new JsonObject { ["login"] = FakeGitHub.TokenUser, ["id"] = 1, ["type"] = "User" };
        return env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
    }

    private async Task<string> PageAsync()
    {
        var blobs = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        return (await blobs.GetBlobClient("octo-org/own-items/index.html").DownloadContentAsync()).Value.Content.ToString();
    }
}
