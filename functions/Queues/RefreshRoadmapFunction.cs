using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.Functions.Queues;

/// <summary>One <c>roadmap-refresh</c> message: rewrite one roadmap's targets.</summary>
public sealed class RefreshRoadmapFunction(QueueFunctions functions)
{
    [Function(FunctionNames.RefreshRoadmap)]
    public Task RunAsync(
        [QueueTrigger(StorageNames.RoadmapQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message,
        CancellationToken ct) =>
        functions.RefreshRoadmapAsync(message.Body.ToString(), message.DequeueCount, ct);
}
