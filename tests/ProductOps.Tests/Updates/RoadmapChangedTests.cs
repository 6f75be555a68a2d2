using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>roadmap-changed: what moved between horizons since the last refresh, announced once.</summary>
public sealed class RoadmapChangedTests(RoadmapChangedTests.App env) : IClassFixture<RoadmapChangedTests.App>
{
    private const string Repo = "octo-org/moving";

    public sealed class App : AppWithFakeGitHub
    {
        public FakeWebhooks Hooks { get; } = new();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Roadmap:DebounceWindow"] = "00:00:01";
            settings["Updates:Webhooks:team:Url"] = Hooks.Url("/slack");
            GitHub.AddFile(Repo, ".github/product-ops.yml", """
                roadmap:
                  file:
                    path: docs/ROADMAP.md
                updates:
                  announce: [roadmap-changed]
                  announce-to:
                    - item
                    - slack: team
                """);
        }
    }

    [Fact]
    public void Moves_are_items_that_changed_horizon_arrived_or_left()
    {
        var previous = new Dictionary<string, string> { ["1"] = "Next", ["2"] = "Later", ["3"] = "Now" };
        (RoadmapItem, string)[] current = [(Item("1"), "Now"), (Item("2"), "Later"), (Item("4"), "Later")];

        var moves = RoadmapAnnouncer.Moves(previous, current);

        Assert.Equal(["1:Next>Now", "4:>Later", "3:Now>"], moves.Select(m => $"{m.Item.Id}:{m.From}>{m.To}"));
    }

    [Fact]
    public async Task A_roadmap_change_is_announced_to_channels_once_and_never_as_an_item_comment()
    {
        await SendAsync(1, ["phase:discovery"]);
        await WaitUntilRefreshedAsync();
        Assert.Empty(env.Hooks.Posts("/slack"));

        await SendAsync(1, ["phase:alpha"]);
        await Eventually.HoldsAsync(() => env.Hooks.Posts("/slack").Count == 1, "the move is announced", 60);
        await WaitUntilRefreshedAsync();

        var text = env.Hooks.Posts("/slack")[0]["blocks"]![0]!["text"]!["text"]!.GetValue<string>();
        Assert.Contains($"<https://github.com/{Repo}/issues/1|", text, StringComparison.Ordinal);
        Assert.Contains(": Next → Now", text, StringComparison.Ordinal);
        Assert.Contains($"<https://github.com/{Repo}/blob/HEAD/docs/ROADMAP.md|See the roadmap>", text, StringComparison.Ordinal);
        Assert.Single(env.Hooks.Posts("/slack"));
        Assert.DoesNotContain(env.GitHub.CommentsOn(Repo, 1), c => c.Body.Contains("product-ops:update-", StringComparison.Ordinal));
    }

    private static RoadmapItem Item(string id) => new(id, "Item " + id, "https://github.com/o/r/issues/" + id, null, null, null, null, null);

    private async Task WaitUntilRefreshedAsync()
    {
        await env.App.WaitUntilIdleAsync(timeoutSeconds: 90);
    }

    private int sent;

    private async Task SendAsync(int number, string[] labels)
    {
        var payload = GitHubDeliveries.Labeled(Repo, number, labels, DateTimeOffset.UtcNow.AddMinutes(-30).AddSeconds(++sent));
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        response.EnsureSuccessStatusCode();
    }
}
