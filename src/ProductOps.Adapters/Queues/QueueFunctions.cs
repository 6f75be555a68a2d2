using ProductOps.Processing;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Updates;

namespace ProductOps.Queues;

/// <summary>The three queue functions' bodies, shared by both hosts: a message in, the same rules out.</summary>
public sealed class QueueFunctions(QueueMessageRunner runner, EventMessageHandler events, RoadmapRefresher roadmaps, UpdateDeliverer updates)
{
    public Task ProcessEventAsync(string text, long dequeueCount, CancellationToken ct) =>
        runner.RunAsync(new QueueDelivery(StorageNames.EventsQueue, text, dequeueCount), events.HandleAsync, ct);

    public Task RefreshRoadmapAsync(string text, long dequeueCount, CancellationToken ct) =>
        runner.RunAsync(new QueueDelivery(StorageNames.RoadmapQueue, text, dequeueCount), roadmaps.HandleAsync, ct);

    public Task DeliverUpdateAsync(string text, long dequeueCount, CancellationToken ct) =>
        runner.RunAsync(new QueueDelivery(StorageNames.UpdatesQueue, text, dequeueCount), updates.HandleAsync, ct);
}
