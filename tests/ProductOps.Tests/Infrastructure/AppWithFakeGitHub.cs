using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;

namespace ProductOps.Tests.Infrastructure;

/// <summary>Azurite, a fake GitHub and the app wired to both: one per test class.</summary>
public class AppWithFakeGitHub : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;
    public FakeGitHub GitHub { get; } = new();
    public RunningApp App { get; private set; } = null!;

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(Azurite, GitHub);
        Configure(settings);
        App = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        GitHub.Dispose();
        await Azurite.DisposeAsync();
    }

    public QueueClient Queue(string name) => App.Services.GetRequiredService<StorageAccount>().Queue(name);

    public async Task<int> MessagesIn(string queue) => (await Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Queues empty and no invocation running, several polls in a row: see <see cref="RunningApp.WaitUntilIdleAsync"/>.</summary>
    public Task WaitUntilIdleAsync(int timeoutSeconds = 60) => App.WaitUntilIdleAsync(timeoutSeconds);
}
