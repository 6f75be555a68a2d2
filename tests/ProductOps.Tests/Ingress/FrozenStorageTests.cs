using System.Diagnostics;
using System.Net;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>
/// A storage account that takes connections and never answers: GitHub waits 10 s, so the 503 must
/// come well before (issue 12, item 15: it came after 9.6 s).
/// </summary>
public sealed class FrozenStorageTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private RunningApp app = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(azurite, github: null);
        settings["LocalQueueListener:Enabled"] = "false";
        app = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task With_storage_frozen_a_delivery_gets_503_within_5_seconds_and_its_redelivery_is_accepted_after()
    {
        var delivery = Guid.NewGuid().ToString();
        // Warm: connections to every storage service are open when it freezes, as in a running app.
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret))).StatusCode);
        await azurite.PauseProcessAsync();

        var clock = Stopwatch.StartNew();
        var duringFreeze = await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringFreeze.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed.TotalSeconds:0.0} s");

        await azurite.ResumeProcessAsync();
        // The frozen attempt's claim (if it landed) is released in the background, so wait for that.
        await Eventually.HoldsAsync(async () =>
        {
            var redelivery = await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));
            return redelivery.StatusCode == HttpStatusCode.Accepted;
        }, "the redelivery is accepted once storage answers again");
    }
}
