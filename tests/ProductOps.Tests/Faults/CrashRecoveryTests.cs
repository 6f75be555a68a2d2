using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Faults;

/// <summary>Processes die and storage goes away; no event may be lost or applied twice.</summary>
public sealed class CrashRecoveryTests
{
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_process_killed_mid_processing_leaves_the_message_to_another_and_the_issue_ends_with_one_comment()
    {
        await using var azurite = await Azurite.StartAsync();
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        settings["LocalQueueListener:MessageLease"] = "00:00:03";
        github.Hang("POST", "^/repos/octo-org/crash/issues/1/labels$", TimeSpan.FromSeconds(3));

        await using (var first = await AppProcess.StartAsync(settings))
        {
            await first.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/crash", 1, Inputs), RunningApp.Secret));
            await Eventually.HoldsAsync(() => github.Server.LogEntries.Any(e => e.RequestMessage!.AbsolutePath.Contains("/contents/")), "the first process has started on the event");
            await Task.Delay(500);
            await first.KillAsync();
        }
        Assert.Empty(github.CommentsOn("octo-org/crash", 1));

        await using var second = await AppProcess.StartAsync(settings);

        // The message reappears after its lease; the item lock the dead process held lapses (15 s).
        await Eventually.HoldsAsync(() => github.CommentsOn("octo-org/crash", 1).Count > 0, "the second process scores the issue", timeoutSeconds: 60);
        await Task.Delay(1000);
        Assert.Single(github.CommentsOn("octo-org/crash", 1));
        Assert.All(github.Writes.Where(w => w.RequestMessage!.AbsolutePath.EndsWith("/issues/1/labels")), w => Assert.Equal("[\"priority:P2\"]", w.RequestMessage!.Body));
    }

    [Fact]
    public async Task Messages_queued_before_storage_went_down_are_processed_once_when_it_returns()
    {
        await using var azurite = await Azurite.StartAsync(inMemory: false);
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        settings["LocalQueueListener:Enabled"] = "false";
        await using (var ingressOnly = await RunningApp.StartAsync(settings))
        {
            foreach (var number in new[] { 1, 2, 3 })
            {
                await ingressOnly.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/outage", number, Inputs), RunningApp.Secret));
            }
        }
        // Azurite persists to disk on its own schedule; give it time before the outage.
        await Task.Delay(TimeSpan.FromSeconds(6));
        await azurite.StopProcessAsync();

        settings["LocalQueueListener:Enabled"] = "true";
        await using var app = await RunningApp.StartAsync(settings);
        await Task.Delay(2000);
        Assert.Empty(github.CommentsOn("octo-org/outage", 1));
        await azurite.StartProcessAsync();

        await Eventually.HoldsAsync(() => new[] { 1, 2, 3 }.All(n => github.CommentsOn("octo-org/outage", n).Count > 0), "every queued issue is scored", timeoutSeconds: 60);
        await Task.Delay(1000);
        Assert.All(new[] { 1, 2, 3 }, n => Assert.Single(github.CommentsOn("octo-org/outage", n)));
        Assert.Equal(0, (await app.Services.GetRequiredService<StorageAccount>().Queue(StorageNames.EventsQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
