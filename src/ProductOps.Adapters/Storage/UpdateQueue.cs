using ProductOps.Updates;

namespace ProductOps.Storage;

/// <summary>
/// The <c>updates</c> queue: one message per update and target. An update that fails every attempt
/// goes to <c>updates-poison</c> wrapped with the reason and its rendered text, never lost.
/// </summary>
public sealed class UpdateQueue(StorageAccount storage) : IUpdateQueue, IUpdatesPoison
{
    public async Task EnqueueAsync(UpdateMessage update, CancellationToken ct)
    {
        var queue = storage.Queue(StorageNames.UpdatesQueue);
        var text = update.ToQueueText();
        await StorageAccount.CreatingIfMissingAsync(
            () => queue.SendMessageAsync(text, ct),
            () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task PoisonAsync(PoisonedUpdate poisoned, CancellationToken ct)
    {
        Telemetry.ProductOpsTelemetry.Poisoned(StorageNames.UpdatesQueue);
        var queue = storage.Queue(StorageNames.PoisonQueue(StorageNames.UpdatesQueue));
        var text = poisoned.ToQueueText();
        await StorageAccount.CreatingIfMissingAsync(
            () => queue.SendMessageAsync(text, ct),
            () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    /// <summary>Keeps a message that is not an update at all, as text, with the reason.</summary>
    public Task PoisonTextAsync(string reason, string messageText, CancellationToken ct)
    {
        Telemetry.ProductOpsTelemetry.Poisoned(StorageNames.UpdatesQueue);
        return storage.Queue(StorageNames.PoisonQueue(StorageNames.UpdatesQueue))
            .SendMessageAsync(new UnreadableUpdate(reason, messageText).ToQueueText(), ct);
    }
}
