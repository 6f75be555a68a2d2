using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Faults;

/// <summary>
/// A burst far larger than the installation's write schedule: waiting for a write slot is not a
/// timeout (the request timeout covers only the wait for GitHub's answer), and a slot booked beyond
/// GitHub:MaxRateLimitWait by other instances defers the event instead, so nothing ends in poison.
/// </summary>
public sealed class BurstPacingTests
{
    [Fact]
    public async Task A_burst_beyond_the_write_schedule_is_deferred_not_poisoned_and_every_issue_is_scored_once()
    {
        await using var azurite = await Azurite.StartAsync();
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        settings["GitHub:MutationInterval"] = "00:00:00.200";
        settings["GitHub:MaxRateLimitWait"] = "00:00:01";
        settings["GitHub:RequestTimeout"] = "00:00:01";
        await using var app = await RunningApp.StartAsync(settings);
        string[] inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

        await Task.WhenAll(Enumerable.Range(1, 40).Select(n =>
            app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/bulk", n, inputs), RunningApp.Secret))));

        await Eventually.HoldsAsync(() => Enumerable.Range(1, 40).All(n => github.CommentsOn("octo-org/bulk", n).Count == 1), "all 40 issues are scored", timeoutSeconds: 120);
        Assert.All(Enumerable.Range(1, 40), n => Assert.Equal(["priority:P2"], github.LabelsOn("octo-org/bulk", n)));
        var storage = app.Services.GetService(typeof(StorageAccount)) as StorageAccount;
        Assert.Equal(0, (await storage!.Queue(StorageNames.PoisonQueue(StorageNames.EventsQueue)).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
