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

    /// <summary>
    /// Waits until every queue the app works from is empty several polls in a row. The approximate
    /// count includes invisible messages (one being processed, a delayed refresh), so an empty queue
    /// means nothing is in flight or scheduled; the repeated polls cover a message enqueued while
    /// the previous one settles.
    /// </summary>
    public async Task WaitUntilIdleAsync(int timeoutSeconds = 60)
    {
        const int QuietPolls = 5;
        var quiet = 0;
        await Eventually.HoldsAsync(async () =>
        {
            var busy = false;
            foreach (var queue in AppQueues)
            {
                busy |= await MessagesIn(queue) > 0;
            }
            quiet = busy ? 0 : quiet + 1;
            return quiet >= QuietPolls;
        }, "the app is idle (its queues stay empty)", timeoutSeconds);
    }

    private static readonly string[] AppQueues = [StorageNames.EventsQueue, StorageNames.RoadmapQueue, StorageNames.UpdatesQueue];
}
