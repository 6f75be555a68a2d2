using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.LocalHost.Triggers;

/// <summary>refresh-roadmap, as functions/Queues/RefreshRoadmapFunction.cs declares it.</summary>
public sealed class RefreshRoadmapTrigger(QueueFunctions functions)
{
    [FunctionName(FunctionNames.RefreshRoadmap)]
    public Task RunAsync([QueueTrigger(StorageNames.RoadmapQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message, CancellationToken ct) =>
        functions.RefreshRoadmapAsync(message.Body.ToString(), message.DequeueCount, ct);
}
