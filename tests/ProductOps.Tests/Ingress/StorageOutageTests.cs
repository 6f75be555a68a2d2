using System.Net;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>When storage is down nothing can be kept, so GitHub must be told the delivery failed.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private RunningApp app = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync(inMemory: false);
        var settings = RunningApp.Settings(azurite, github: null);
        RunningApp.WithoutTriggers(settings);
        app = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task With_storage_down_a_delivery_gets_503_and_its_redelivery_is_accepted_once_storage_is_back()
    {
        var delivery = Guid.NewGuid().ToString();
        await azurite.StopProcessAsync();

        var duringOutage = await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));
        var health = await app.Client.GetAsync("api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await azurite.StartProcessAsync();
        var redelivery = await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));

        Assert.True(redelivery.StatusCode == HttpStatusCode.Accepted, await redelivery.Content.ReadAsStringAsync());
    }
}
