using ProductOps.Hosting;
using ProductOps.Tests.Infrastructure;
using ProductOps.Tests.Updates;

namespace ProductOps.Tests.Commands;

/// <summary>
/// End to end: what a writer's /kpi and /outcome record is in the next digest posted to Slack (the
/// <c>stakeholder-digest</c> timer run by the app's host), and a refused reading is not.
/// </summary>
public sealed class CommandsInTheDigestTests(AppWithFakeWebhooks env) : IClassFixture<AppWithFakeWebhooks>
{
    private const string Repo = "octo-org/goals-digest";

    [Fact]
    public async Task A_recorded_kpi_and_outcome_are_in_the_next_digest_and_a_refused_one_is_not()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", """
            goals:
              - id: activation
                title: More new teams reach value in their first week
                kpi: { name: Week-1 activation, unit: "%", direction: up }
                baseline: 32
                target: { value: 45, by: 2027-06-30 }
            updates:
              digest-to:
                - slack: slack
            """);
        env.GitHub.Permit(Repo, "alice", "write");

        await SendAsync("issues", GitHubDeliveries.Labeled(Repo, 1, ["goal:activation", "phase:alpha"]));
        await SendAsync("issues", GitHubDeliveries.Labeled(Repo, 2, ["goal:activation", "phase:live"]));
        await SendAsync("issue_comment", Today(CommentDeliveries.Comment(Repo, 1, 9201, "alice", "/kpi activation 47%")));
        await SendAsync("issue_comment", Today(CommentDeliveries.Comment(Repo, 2, 9202, "alice", "/outcome 3 fewer setup steps")));
        await SendAsync("issue_comment", Today(CommentDeliveries.Comment(Repo, 1, 9203, "mallory", "/kpi activation 99%")));

        await env.App.RunTimerAsync(FunctionNames.StakeholderDigest);
        await Eventually.HoldsAsync(() => env.Hooks.Posts("/slack").Any(p => Text(p).Contains(Repo, StringComparison.Ordinal)), "the digest is posted to Slack");

        var digest = Text(env.Hooks.Posts("/slack").Single(p => Text(p).Contains(Repo, StringComparison.Ordinal)));
        Assert.True(digest.Contains("Week-1 activation now 47 %, before 32 %", StringComparison.Ordinal), digest);
        Assert.Contains("(measured outcome: 3 fewer setup steps)", digest);
        Assert.DoesNotContain("99 %", digest);
    }

    /// <summary>A reading is dated by its comment: written now, inside the digest's period (the sample payload's comment is from 2019).</summary>
    private static System.Text.Json.Nodes.JsonObject Today(System.Text.Json.Nodes.JsonObject payload)
    {
        payload["comment"]!["created_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return payload;
    }

    private static string Text(System.Text.Json.Nodes.JsonNode post) =>
        string.Join("\n", post["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.GetValue<string>() ?? ""));

    private Task SendAsync(string eventName, System.Text.Json.Nodes.JsonObject payload) => CommentDeliveries.SendAsync(env.App, eventName, payload);
}
