using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Faults;

/// <summary>Processes die and storage goes away; no event may be lost or applied twice.</summary>
public sealed class CrashRecoveryTests
{
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    /// <summary>
    /// The queue trigger (the WebJobs SDK here, the same engine as the Functions host) keeps a message
    /// invisible for a fixed 10 minutes while it runs; a killed process never completes it, so it comes
    /// back when that lease ends. The test cannot wait 10 minutes: it proves the message is still there
    /// (nothing lost, nothing poisoned), then puts the same text back as the lease's end would, and a new
    /// process applies it exactly once, after the dead process's item lock lapses.
    /// </summary>
    [Fact]
    public async Task A_process_killed_mid_processing_loses_nothing_and_the_event_is_applied_once_when_it_comes_back()
    {
        await using var azurite = await Azurite.StartAsync();
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        var storage = new StorageAccount(azurite.ConnectionString);
        var queue = storage.Queue(StorageNames.EventsQueue);
        github.Hang("POST", "^/repos/octo-org/crash/issues/1/labels$", TimeSpan.FromSeconds(3));

        string text;
        await using (var ingressOnly = await RunningApp.StartAsync(RunningApp.WithoutTriggers(new(settings))))
        {
            await ingressOnly.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/crash", 1, Inputs), RunningApp.Secret));
            text = Assert.Single((await queue.PeekMessagesAsync(32)).Value).Body.ToString();
        }

        await using (var first = await AppProcess.StartAsync(settings))
        {
            await Eventually.HoldsAsync(() => github.Server.LogEntries.Any(e => e.RequestMessage!.AbsolutePath.Contains("/contents/")), "the first process has started on the event");
            await Task.Delay(500);
            await first.KillAsync();
        }
        Assert.Empty(github.CommentsOn("octo-org/crash", 1));
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        Assert.Equal(0, (await storage.Queue(StorageNames.PoisonQueue(StorageNames.EventsQueue)).GetPropertiesAsync()).Value.ApproximateMessagesCount);

        await queue.SendMessageAsync(text);
        await using var second = await AppProcess.StartAsync(settings);

        // The item lock the dead process held lapses (15 s); then the copy is applied and deleted, leaving the leased original.
        await Eventually.HoldsAsync(async () => github.CommentsOn("octo-org/crash", 1).Count > 0 && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 1,
            "the second process scores the issue and completes the message", timeoutSeconds: 60);
        Assert.Single(github.CommentsOn("octo-org/crash", 1));
        Assert.All(github.Writes.Where(w => w.RequestMessage!.AbsolutePath.EndsWith("/issues/1/labels")), w => Assert.Equal("[\"priority:P2\"]", w.RequestMessage!.Body));
    }

    [Fact]
    public async Task Messages_queued_before_storage_went_down_are_processed_once_when_it_returns()
    {
        await using var azurite = await Azurite.StartAsync(inMemory: false);
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        await using (var ingressOnly = await RunningApp.StartAsync(RunningApp.WithoutTriggers(new(settings))))
        {
            foreach (var number in new[] { 1, 2, 3 })
            {
                await ingressOnly.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/outage", number, Inputs), RunningApp.Secret));
            }
        }
        // Azurite persists to disk on its own schedule; give it time before the outage.
        await Task.Delay(TimeSpan.FromSeconds(6));
        await azurite.StopProcessAsync();

        await using var app = await RunningApp.StartAsync(settings);
        // The app has met the outage (its storage set-up gave up) and runs on; it cannot have read a message.
        await Eventually.HoldsAsync(() => app.Logs.Lines.Any(l => l.Contains("[4102]", StringComparison.Ordinal)), "the app reports storage unavailable");
        Assert.Empty(github.CommentsOn("octo-org/outage", 1));
        await azurite.StartProcessAsync();

        await Eventually.HoldsAsync(() => new[] { 1, 2, 3 }.All(n => github.CommentsOn("octo-org/outage", n).Count > 0), "every queued issue is scored", timeoutSeconds: 60);
        await app.WaitUntilIdleAsync();
        Assert.All(new[] { 1, 2, 3 }, n => Assert.Single(github.CommentsOn("octo-org/outage", n)));
        Assert.Equal(0, (await app.Services.GetRequiredService<StorageAccount>().Queue(StorageNames.EventsQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
