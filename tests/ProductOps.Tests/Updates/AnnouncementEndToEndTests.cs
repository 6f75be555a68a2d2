using System.Text.Json.Nodes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.EndToEnd.GateDeliveries;

namespace ProductOps.Tests.Updates;

/// <summary>
/// Announcements end to end: a signed GitHub delivery moves an issue into a phase, the gate is checked,
/// and the phase change and gate result are posted as comments on the issue and to Slack, once each,
/// with the repository's own template where it has one.
/// </summary>
public sealed class AnnouncementEndToEndTests(AnnouncementEndToEndTests.Environment env) : IClassFixture<AnnouncementEndToEndTests.Environment>
{
    private const string Announce = """

        updates:
          announce-to:
            - item
            - slack: team
        """;

    public sealed class Environment : AppWithFakeGitHub
    {
        public FakeWebhooks Hooks { get; } = new();

        protected override void Configure(Dictionary<string, string?> settings) => settings["Updates:Webhooks:team:Url"] = Hooks.Url("/slack");
    }

    [Fact]
    public async Task Entering_a_phase_is_announced_on_the_issue_and_in_Slack_once_even_when_the_delivery_is_repeated()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config + Announce);
        env.GitHub.AddFile(Repo, ".github/product-ops/templates/phase-changed.scriban", "Now in {{ phase.to }}: {{ link item.url item.title }}");
        var payload = Issue("labeled", 21, ["phase:alpha"], DateTimeOffset.UtcNow.AddMinutes(-5), "phase:alpha");
        payload["issue"]!["title"] = "Saved searches <!channel> @everyone";

        await SendAsync(payload);
        await Eventually.HoldsAsync(() => UpdateComments(21).Count == 2 && env.Hooks.Posts("/slack").Count == 2, "both announcements reach both targets");

        var comments = UpdateComments(21);
        Assert.Contains(comments, c => c.Contains("Now in alpha: [Saved searches \\<\\!channel\\> @\u200Beveryone](https://github.com/", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.Contains("## Gate passed: Saved searches", StringComparison.Ordinal));
        var slack = env.Hooks.Posts("/slack").Select(p => p["blocks"]![0]!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.Contains(slack, t => t.StartsWith("Now in alpha: <https://github.com/", StringComparison.Ordinal) && t.Contains("|Saved searches &lt;!channel&gt; @\u200Beveryone>", StringComparison.Ordinal));

        // GitHub redelivers the same event under a new delivery id: nothing is announced twice.
        await SendAsync(payload);
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(2, UpdateComments(21).Count);
        Assert.Equal(2, env.Hooks.Posts("/slack").Count);
    }

    private async Task SendAsync(JsonObject payload)
    {
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, Guid.NewGuid().ToString()));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.EventsQueue) == 0, "the event is taken");
    }

    private List<string> UpdateComments(int number) =>
        env.GitHub.CommentsOn(Repo, number).Where(c => c.Body.StartsWith("<!-- product-ops:update-", StringComparison.Ordinal)).Select(c => c.Body).ToList();
}
