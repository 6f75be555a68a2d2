using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// Anyone can type <c>&lt;!-- product-ops:score ... --&gt;</c> into a comment. Only comments written by
/// the app's own identity are the app's: the token's user, or the GitHub App's bot user.
/// </summary>
public sealed class SpoofedMarkerTests(QuickRefreshApp env) : IClassFixture<QuickRefreshApp>
{
    private const string Repo = "octo-org/spoofed";

    [Theory]
    [InlineData(1, "score")]
    [InlineData(2, "gate")]
    public async Task A_comment_by_someone_else_carrying_the_marker_is_left_alone_and_the_app_writes_its_own(int number, string marker)
    {
        var spoof = env.GitHub.AddComment(Repo, number, $"<!-- product-ops:{marker} hash=0000 -->\nedit me", "mallory");
        var labels = marker == "gate" ? [.. SpoofedMarker.Inputs, "phase:beta"] : SpoofedMarker.Inputs;

        await SpoofedMarker.SendAsync(env, Repo, number, labels);

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, number).Any(c => c.Author == FakeGitHub.TokenUser && c.Body.StartsWith($"<!-- product-ops:{marker} ")), $"the app writes its own {marker} comment");
        await env.WaitUntilIdleAsync();
        Assert.Equal(spoof, env.GitHub.CommentsOn(Repo, number).Single(c => c.Id == spoof.Id));
        Assert.DoesNotContain(env.GitHub.Requests(), r => r.RequestMessage!.AbsolutePath.EndsWith($"/issues/comments/{spoof.Id}", StringComparison.Ordinal));
        Assert.Single(env.GitHub.CommentsOn(Repo, number), c => c.Author == FakeGitHub.TokenUser && c.Body.StartsWith($"<!-- product-ops:{marker} "));
    }

    [Fact]
    public async Task A_configuration_issue_opened_by_someone_else_with_the_marker_is_left_alone_and_the_app_opens_its_own()
    {
        const string repo = "octo-org/spoofed-config";
        const string lookalike = "<!-- product-ops:config hash=0000 -->\nedit me";
        env.GitHub.AddIssue(repo, 7, "Product Ops configuration", ["product-ops:config"], body: lookalike, author: "mallory");
        env.GitHub.AddFile(repo, ".github/product-ops.yml", "scoring: [broken\n");

        await SpoofedMarker.SendAsync(env, repo, 1, SpoofedMarker.Inputs);

        await Eventually.HoldsAsync(() => env.GitHub.IssuesIn(repo).Any(i => (string?)i["user"]?["login"] == FakeGitHub.TokenUser && (string?)i["title"] == "Product Ops configuration"), "the app opens its own configuration issue", 60);
        await env.WaitUntilIdleAsync();
        Assert.Equal(lookalike, (string?)env.GitHub.Issue(repo, 7)!["body"]);
        Assert.Equal("open", (string?)env.GitHub.Issue(repo, 7)!["state"]);
        Assert.DoesNotContain(env.GitHub.Requests(), r => r.RequestMessage!.Method != "GET" && r.RequestMessage.AbsolutePath == $"/repos/{repo}/issues/7");
    }
}

/// <summary>As a GitHub App the app's comments are its bot user's, <c>&lt;slug&gt;[bot]</c>, learned from <c>GET /app</c>.</summary>
public sealed class SpoofedMarkerAppTests(SpoofedMarkerAppTests.AsGitHubApp env) : IClassFixture<SpoofedMarkerAppTests.AsGitHubApp>
{
    public sealed class AsGitHubApp : QuickRefreshApp
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            using var key = RSA.Create(2048);
            settings["GitHub:Token"] = null;
            settings["GitHub:AppId"] = "123456";
            settings["GitHub:PrivateKey"] = key.ExportRSAPrivateKeyPem();
        }
    }

    private const string Repo = "octo-org/spoofed-app";

    [Fact]
    public async Task The_apps_own_earlier_comment_is_edited_and_a_lookalike_by_a_person_is_not()
    {
        var spoof = env.GitHub.AddComment(Repo, 1, "<!-- product-ops:score hash=0000 -->\nedit me", "mallory");
        var own = env.GitHub.AddComment(Repo, 1, "<!-- product-ops:score hash=1111 -->\nan older score", FakeGitHub.AppBot);

        await SpoofedMarker.SendAsync(env, Repo, 1, SpoofedMarker.Inputs, installationId: 42);

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 1).Single(c => c.Id == own.Id).Body != own.Body, "the app edits its own score comment");
        await env.WaitUntilIdleAsync();
        Assert.Equal([spoof.Id, own.Id], env.GitHub.CommentsOn(Repo, 1).Select(c => c.Id));
        Assert.Equal(spoof, env.GitHub.CommentsOn(Repo, 1)[0]);
        Assert.Single(env.GitHub.Requests(), r => r.RequestMessage!.AbsolutePath == "/app");
    }
}

internal static class SpoofedMarker
{
    public static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    public static Task SendAsync(AppWithFakeGitHub env, string repo, int number, string[] labels, long? installationId = null)
    {
        var payload = GitHubDeliveries.Labeled(repo, number, labels, installationId: installationId);
        payload["issue"]!["comments"] = env.GitHub.CommentsOn(repo, number).Count;
        payload["label"] = new JsonObject { ["id"] = 1, ["name"] = labels[^1], ["color"] = "ededed", ["default"] = false };
        return env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
    }
}
