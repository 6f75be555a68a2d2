using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using ProductOps.Hosting;
using ProductOps.Queues;
using ProductOps.Storage;

namespace ProductOps.LocalHost.Triggers;

/// <summary>deliver-update, as functions/Queues/DeliverUpdateFunction.cs declares it.</summary>
public sealed class DeliverUpdateTrigger(QueueFunctions functions)
{
    [FunctionName(FunctionNames.DeliverUpdate)]
    public Task RunAsync([QueueTrigger(StorageNames.UpdatesQueue, Connection = FunctionNames.StorageConnection)] QueueMessage message, CancellationToken ct) =>
        functions.DeliverUpdateAsync(message.Body.ToString(), message.DequeueCount, ct);
}
