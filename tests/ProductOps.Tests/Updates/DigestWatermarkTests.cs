using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Hosting;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Updates;

/// <summary>
/// The digest through the <c>stakeholder-digest</c> timer function, run on demand by the local host's
/// WebJobs host, over a board index in Azurite, to a JSON webhook on WireMock: each run covers the time since
/// the last one, so two runs never repeat an item and a run after a long gap catches up.
/// </summary>
public sealed class DigestWatermarkTests(DigestWatermarkTests.Environment env) : IClassFixture<DigestWatermarkTests.Environment>
{
    private const string Config = "updates:\n  digest-to:\n    - webhook: json\n";

    public sealed class Environment : AppWithFakeGitHub
    {
        public FakeWebhooks Hooks { get; } = new();

        protected override void Configure(Dictionary<string, string?> settings) => settings["Updates:Webhooks:json:Url"] = Hooks.Url("/json");
    }

    [Fact]
    public async Task Two_runs_report_each_item_once()
    {
        const string repo = "octo-org/twice";
        env.GitHub.AddFile(repo, ".github/product-ops.yml", Config);
        var now = DateTimeOffset.UtcNow;
        await SaveAsync(repo, "1", created: now.AddDays(-2));
        await SaveAsync(repo, "2", created: now.AddDays(-20), closed: now.AddDays(-1));
        await SaveAsync(repo, "3", created: now.AddDays(-30));

        await RunDigestAsync();
        var first = await DigestAsync(repo, 1);
        Assert.Equal(["1"], Ids(first["new"]));
        Assert.Equal(["2"], Ids(first["shipped"]));

        await RunDigestAsync();
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains($"in github:{repo}", StringComparison.Ordinal) && l.Contains("no digest sent", StringComparison.Ordinal)), "the second run finds nothing new");
        Assert.Single(Digests(repo));

        await SaveAsync(repo, "4", created: DateTimeOffset.UtcNow);
        await RunDigestAsync();
        var third = await DigestAsync(repo, 2);
        Assert.Equal(["4"], Ids(third["new"]));
        Assert.Empty(Ids(third["shipped"]));
    }

    [Fact]
    public async Task A_run_after_missed_runs_catches_up_on_the_whole_gap()
    {
        const string repo = "octo-org/missed";
        env.GitHub.AddFile(repo, ".github/product-ops.yml", Config);
        var now = DateTimeOffset.UtcNow;
        await SaveAsync(repo, "10", created: now.AddDays(-40));
        await SaveAsync(repo, "11", created: now.AddDays(-18));
        await SaveAsync(repo, "12", created: now.AddDays(-9), closed: now.AddDays(-8));
        // The last digest ran three weeks ago; the two weekly runs since then were missed.
        var states = env.App.Services.GetRequiredService<TableDigestStates>();
        var state = await states.ListAsync(CancellationToken.None).FirstAsync(s => s.Container == repo);
        Assert.True(await states.TryAdvanceAsync(state, now.AddDays(-21), CancellationToken.None));

        await RunDigestAsync();

        var digest = await DigestAsync(repo, 1);
        Assert.Equal(["11", "12"], Ids(digest["new"]));
        Assert.Equal(["12"], Ids(digest["shipped"]));
        Assert.Equal(21, digest["days"]!.GetValue<double>(), 0.1);
    }

    private async Task SaveAsync(string repo, string id, DateTimeOffset created, DateTimeOffset? closed = null)
    {
        var record = new ItemRecord
        {
            Key = new ItemKey("github", repo, id), Title = "Item " + id, Url = $"https://github.com/{repo}/issues/{id}",
            State = closed is null ? ItemState.Open : ItemState.Closed, CreatedAt = created, ClosedAt = closed, TrackerUpdatedAt = closed ?? created,
        };
        Assert.NotNull(await env.App.Services.GetRequiredService<IItemStore>().TrySaveAsync(record, CancellationToken.None));
        await env.App.Services.GetRequiredService<TableDigestStates>().RememberAsync("github", repo, null, CancellationToken.None);
    }

    /// <summary>The timer function run now, as the host runs it when it fires (or as the Functions admin API runs it on demand).</summary>
    private Task RunDigestAsync() => env.App.RunTimerAsync(FunctionNames.StakeholderDigest);

    private async Task<JsonNode> DigestAsync(string repo, int count)
    {
        await Eventually.HoldsAsync(() => Digests(repo).Count >= count, $"digest {count} of {repo} is posted");
        return Digests(repo)[count - 1]["model"]!;
    }

    private List<JsonNode> Digests(string repo) =>
        env.Hooks.Posts("/json").Where(p => p["container"]!.GetValue<string>() == repo).ToList();

    private static List<string> Ids(JsonNode? items) => items!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
}
