using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.Functions.Queues;

/// <summary>One <c>tracker-events</c> message: a verified webhook delivery to apply to its item.</summary>
public sealed class ProcessEventFunction(QueueFunctions functions)
{
    [Function(FunctionNames.ProcessEvent)]
    public Task RunAsync(
        [QueueTrigger(StorageNames.EventsQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message,
        CancellationToken ct) =>
        functions.ProcessEventAsync(message.Body.ToString(), message.DequeueCount, ct);
}
