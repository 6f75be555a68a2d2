using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.LocalHost.Triggers;

/// <summary>process-event, as functions/Queues/ProcessEventFunction.cs declares it.</summary>
public sealed class ProcessEventTrigger(QueueFunctions functions)
{
    [FunctionName(FunctionNames.ProcessEvent)]
    public Task RunAsync([QueueTrigger(StorageNames.EventsQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message, CancellationToken ct) =>
        functions.ProcessEventAsync(message.Body.ToString(), message.DequeueCount, ct);
}
