using ProductOps.Storage;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Quiescence for tests that assert nothing (more) happened: every queue the app works from is empty
/// several polls in a row. The approximate count includes invisible messages (one being processed, a
/// deferred event, a debounced roadmap refresh), so an empty queue means nothing is in flight or
/// scheduled; the repeated polls cover a message enqueued just as the previous one settles.
/// </summary>
public static class Idle
{
    private const int QuietPolls = 6;
    private static readonly string[] AppQueues = [StorageNames.EventsQueue, StorageNames.RoadmapQueue, StorageNames.UpdatesQueue];

    public static async Task WaitAsync(Func<string, Task<int>> messagesIn, int timeoutSeconds = 60)
    {
        var quiet = 0;
        await Eventually.HoldsAsync(async () =>
        {
            var busy = false;
            foreach (var queue in AppQueues)
            {
                busy |= await messagesIn(queue) > 0;
            }
            quiet = busy ? 0 : quiet + 1;
            return quiet >= QuietPolls;
        }, "the app is idle (its queues stay empty)", timeoutSeconds);
    }
}
