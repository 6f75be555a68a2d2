using Microsoft.Extensions.Logging;
using ProductOps.Storage;

namespace ProductOps.Queues;

/// <summary>
/// The one place that turns a handler's <see cref="MessageResult"/> into what happens to the message,
/// for all three queues and under both hosts (the isolated worker in Azure, the WebJobs SDK locally):
/// <list type="bullet">
/// <item>done: return, and the host deletes the message;</item>
/// <item>failed: throw, and the host makes the message visible again after host.json's
/// <c>visibilityTimeout</c>, then after <c>maxDequeueCount</c> attempts moves it to <c>&lt;queue&gt;-poison</c>;</item>
/// <item>deferred: put a copy back, invisible for the delay, and return, so waiting never uses up an attempt;</item>
/// <item>set aside: put it on <c>&lt;queue&gt;-poison</c> at once with the reason logged, and return.</item>
/// </list>
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#poison-messages
/// </summary>
public sealed partial class QueueMessageRunner(StorageAccount storage, ILogger<QueueMessageRunner> logger)
{
    /// <summary>A message that could never go through would otherwise come back for ever.</summary>
    public const int MaxDeferrals = 50;

    // Queue messages stay at most 7 days; a visibility delay must be shorter than the message's life.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(6);

    public async Task RunAsync(QueueDelivery delivery, Func<QueueDelivery, CancellationToken, Task<MessageResult>> handle, CancellationToken ct)
    {
        var result = await handle(delivery, ct);
        switch (result.Disposition)
        {
            case MessageDisposition.Done:
                return;
            case MessageDisposition.Deferred:
                await DeferAsync(delivery, result, ct);
                return;
            case MessageDisposition.SetAside:
                await SetAsideAsync(delivery, result.Reason ?? "no reason given", ct);
                return;
            default:
                throw new QueueMessageFailedException(delivery.Queue, delivery.Attempt, result.Reason ?? "no reason given");
        }
    }

    private async Task DeferAsync(QueueDelivery delivery, MessageResult result, CancellationToken ct)
    {
        var reason = result.Reason ?? "deferred";
        if (delivery.Deferrals >= MaxDeferrals || delivery.NextDeferral() is not { } copy)
        {
            throw new QueueMessageFailedException(delivery.Queue, delivery.Attempt, $"deferred {delivery.Deferrals} times: {reason}");
        }

        var delay = TimeSpan.FromTicks(Math.Clamp((result.Delay ?? TimeSpan.Zero).Ticks, TimeSpan.FromMilliseconds(100).Ticks, MaxDelay.Ticks));
        var queue = storage.Queue(delivery.Queue);
        await StorageAccount.CreatingIfMissingAsync(
            () => queue.SendMessageAsync(copy, visibilityTimeout: delay, cancellationToken: ct),
            () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
        LogDeferred(delivery.Queue, delivery.Deferrals + 1, reason, delay);
        Telemetry.ProductOpsTelemetry.Deferred(delivery.Queue);
    }

    private async Task SetAsideAsync(QueueDelivery delivery, string reason, CancellationToken ct)
    {
        var poison = storage.Queue(StorageNames.PoisonQueue(delivery.Queue));
        await StorageAccount.CreatingIfMissingAsync(
            () => poison.SendMessageAsync(delivery.Text, ct),
            () => poison.CreateIfNotExistsAsync(cancellationToken: ct));
        LogSetAside(poison.Name, reason);
        Telemetry.ProductOpsTelemetry.Poisoned(delivery.Queue);
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Message on {Queue} deferred ({Deferrals} so far): {Reason}; retry in {Delay}")]
    private partial void LogDeferred(string queue, int deferrals, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Moved an unprocessable message to {PoisonQueue}: {Reason}")]
    private partial void LogSetAside(string poisonQueue, string reason);
}
