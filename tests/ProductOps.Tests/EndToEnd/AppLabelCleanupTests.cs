using System.Text.Json.Nodes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// After a configuration change, every scoring label the app itself added that the current configuration no
/// longer wants is removed (an old needs-scoring label, an old bucket prefix); a label a person added stays.
/// </summary>
public sealed class AppLabelCleanupTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private const string Repo = "labels-org/app";
    private const string Path = ".github/product-ops.yml";
    private static readonly string[] Rice = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    private const string Before = """
        scoring:
          needs-scoring-label: triage:score-me
          rice:
            buckets:
              - { name: Now, label: "prio:now", min: 500 }
              - { name: Later, label: "prio:later", min: 0 }
        """;

    [Fact]
    public async Task Labels_the_app_added_under_the_previous_configuration_are_removed_and_a_persons_label_stays()
    {
        env.GitHub.AddFile(Repo, Path, Before);
        var earlier = DateTimeOffset.UtcNow.AddMinutes(-5);
        await SendAsync(1, ["reach:500"], earlier);
        await SendAsync(2, Rice, earlier);
        await Eventually.HoldsAsync(() => env.GitHub.LabelsOn(Repo, 1).Contains("triage:score-me") && env.GitHub.LabelsOn(Repo, 2).Contains("prio:now"), "the first configuration's labels are added", 60);

        env.GitHub.AddFile(Repo, Path, "scoring:\n  model: rice\n");
        await env.App.Client.SendAsync(GitHubDeliveries.Request("push", Push(), RunningApp.Secret));
        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.EventsQueue) == 0, "the push is processed", 60);
        await SendAsync(1, [.. Rice, "triage:score-me"], DateTimeOffset.UtcNow);
        await SendAsync(2, [.. Rice, "prio:now", "prio:manual"], DateTimeOffset.UtcNow);

        await Eventually.HoldsAsync(() => !env.GitHub.LabelsOn(Repo, 1).Contains("triage:score-me") && !env.GitHub.LabelsOn(Repo, 2).Contains("prio:now"), "the old labels are removed", 60);
        await env.WaitUntilIdleAsync();
        Assert.Contains(env.GitHub.LabelsOn(Repo, 1), l => l.StartsWith("priority:", StringComparison.Ordinal));
        Assert.Contains(env.GitHub.LabelsOn(Repo, 2), l => l.StartsWith("priority:", StringComparison.Ordinal));
        Assert.DoesNotContain(env.GitHub.Requests(), r => r.RequestMessage!.Method == "DELETE" && Uri.UnescapeDataString(r.RequestMessage.AbsolutePath).EndsWith("/prio:manual", StringComparison.Ordinal));
    }

    private static JsonObject Push()
    {
        var push = GitHubDeliveries.Load("push");
        push["ref"] = "refs/heads/master";
        push["repository"]!["full_name"] = Repo;
        push["commits"] = new JsonArray(new JsonObject { ["id"] = "abc", ["added"] = new JsonArray(), ["removed"] = new JsonArray(), ["modified"] = new JsonArray(Path) });
        return push;
    }

    private Task SendAsync(int number, string[] labels, DateTimeOffset updatedAt) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, number, labels, updatedAt), RunningApp.Secret));
}
