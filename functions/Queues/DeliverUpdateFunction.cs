using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.Functions.Queues;

/// <summary>One <c>updates</c> message: deliver one stakeholder update to one target, once.</summary>
public sealed class DeliverUpdateFunction(QueueFunctions functions)
{
    [Function(FunctionNames.DeliverUpdate)]
    public Task RunAsync(
        [QueueTrigger(StorageNames.UpdatesQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message,
        CancellationToken ct) =>
        functions.DeliverUpdateAsync(message.Body.ToString(), message.DequeueCount, ct);
}
