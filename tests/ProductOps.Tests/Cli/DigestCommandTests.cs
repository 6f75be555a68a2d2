using ProductOps.Cli;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Cli;

/// <summary>
/// <c>productops digest preview|send</c> over a board index in Azurite, the repository's configuration on
/// the fake GitHub, and Slack and JSON webhooks on WireMock: the timer's digest, delivered now.
/// </summary>
public sealed class DigestCommandTests : IAsyncLifetime
{
    private const string Repo = "octo-org/digest";
    private readonly FakeGitHub github = new();
    private readonly FakeWebhooks hooks = new();
    private Azurite azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        github.AddFile(Repo, ".github/product-ops.yml", "updates:\n  digest-to:\n    - slack: product\n    - webhook: json\n");
        var storage = new StorageAccount(azurite.ConnectionString);
        await storage.EnsureCreatedAsync([], CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        await SaveAsync(storage, "1", "Checkout redesign", created: now.AddDays(-2));
        await SaveAsync(storage, "2", "Faster search", created: now.AddDays(-20), closed: now.AddDays(-1));
        await new TableDigestStates(storage).RememberAsync("github", Repo, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        github.Dispose();
        hooks.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Preview_prints_each_targets_digest_and_delivers_nothing()
    {
        var result = await CliRun.RunAsync(Settings(), "digest", "preview", "--repo", Repo);

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.Contains($"--- digest of {Repo} to slack-product (Slack) ---", result.Output);
        Assert.Contains($"--- digest of {Repo} to webhook-json (Markdown) ---", result.Output);
        Assert.Contains("Checkout redesign", result.Output);
        Assert.Contains("Faster search", result.Output);
        Assert.Empty(hooks.Server.LogEntries);
    }

    [Fact]
    public async Task Send_delivers_to_every_target_once_and_moves_the_watermark_like_the_timer()
    {
        var sent = await CliRun.RunAsync(Settings(), "digest", "send", "--repo", Repo);
        var again = await CliRun.RunAsync(Settings(), "digest", "send", "--repo", Repo);

        Assert.Equal(ExitCodes.Ok, sent.Code);
        Assert.Contains("OK   slack-product: delivered", sent.Output);
        Assert.Contains("OK   webhook-json: delivered", sent.Output);
        Assert.Contains("Checkout redesign", Assert.Single(hooks.Posts("/slack")).ToJsonString());
        var digest = Assert.Single(hooks.Posts("/json"));
        Assert.Equal(Repo, digest["container"]!.GetValue<string>());
        Assert.Equal(ExitCodes.Ok, again.Code);
        Assert.Contains("No digest for octo-org/digest", again.Output);
        Assert.Single(hooks.Posts("/json"));
    }

    [Fact]
    public async Task A_repository_the_index_has_never_seen_is_a_failure_that_says_to_backfill()
    {
        var result = await CliRun.RunAsync(Settings(), "digest", "send", "--repo", "octo-org/unknown");

        Assert.Equal(ExitCodes.Failure, result.Code);
        Assert.Contains("octo-org/unknown is not in the board index yet: run productops backfill first", result.Errors);
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = RunningApp.Settings(azurite, github);
        settings["Updates:Webhooks:product:Url"] = hooks.Url("/slack");
        settings["Updates:Webhooks:json:Url"] = hooks.Url("/json");
        return settings;
    }

    private static async Task SaveAsync(StorageAccount storage, string id, string title, DateTimeOffset created, DateTimeOffset? closed = null)
    {
        var record = new ItemRecord
        {
            Key = new ItemKey("github", Repo, id), Title = title, Url = $"https://github.com/{Repo}/issues/{id}",
            State = closed is null ? ItemState.Open : ItemState.Closed, CreatedAt = created, ClosedAt = closed, TrackerUpdatedAt = closed ?? created,
        };
        Assert.NotNull(await new TableItemStore(storage).TrySaveAsync(record, CancellationToken.None));
    }
}
