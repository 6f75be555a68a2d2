using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Azure;
using ProductOps.Events;
using ProductOps.Storage;

namespace ProductOps.Ingress;

/// <summary>
/// The durable half of every webhook endpoint: one queue put (plus the payload blob for the rare
/// delivery too large for a message) before the 202, under one deadline. Nothing else: the
/// acknowledgement path costs exactly what the storage ceiling allows (docs/benchmarks.md).
/// </summary>
/// <remarks>
/// A redelivery (the same delivery id, or a sender's retry) is queued again, as its own message
/// with its own payload blob (blob names are unique per message, so nothing a redelivery does can
/// touch the original's). Processing recognises it from what it carries, before any tracker call:
/// an item snapshot the board index has already applied (or an older one) is skipped
/// (<c>Processing/SnapshotOrder.cs</c>), a comment whose commands already ran is skipped (its
/// comment id in the item's command log), and a configuration reload is idempotent. Until issue 11
/// the ingress also claimed the delivery id in a table; that second request cost a quarter of the
/// ingress throughput and recognised nothing the content does not.
/// </remarks>
public sealed partial class EventIngress(EventQueue queue, TimeProvider clock, ILogger<EventIngress> logger)
{
    /// <summary>
    /// The storage work of one delivery ends within this, whatever storage does: GitHub gives up
    /// after 10 s (https://docs.github.com/webhooks/using-webhooks/best-practices-for-using-webhooks#respond-within-10-seconds),
    /// and the storage clients' own retries (3 tries of up to 3 s) would take about as long.
    /// </summary>
    public static readonly TimeSpan StorageDeadline = TimeSpan.FromSeconds(4);

    public async Task<IResult> AcceptAsync(string provider, string eventName, string deliveryId, byte[] payloadJson, CancellationToken ct)
    {
        using var activity = Telemetry.ProductOpsTelemetry.StartIngress(provider, eventName, deliveryId);
        var header = new TrackerEvent { Provider = provider, EventName = eventName, DeliveryId = deliveryId, ReceivedAt = clock.GetUtcNow(), TraceParent = System.Diagnostics.Activity.Current?.Id };
        // Not linked to the request: a sender that hangs up must not cut a put that may land anyway.
        using var deadline = new CancellationTokenSource(StorageDeadline, clock);
        QueuedEvent queued;
        try
        {
            queued = await queue.EnqueueAsync(header, payloadJson, deadline.Token);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            LogQueueUnavailable(provider, deliveryId, e.GetType().Name, e.Message);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable",
                detail: "The delivery could not be queued; nothing was kept. Redeliver it later.");
        }

        LogQueued(provider, eventName, deliveryId, queued.PayloadBlob is not null);
        return Results.Accepted(value: new IngressAnswer("queued", deliveryId));
    }

    private static bool IsStorageFailure(Exception e) =>
        e is RequestFailedException or HttpRequestException or AggregateException or TimeoutException or OperationCanceledException;

    // Debug: a console line per delivery cost about a tenth of the ingress throughput (docs/benchmarks.md),
    // and the ingress span already carries the delivery id; failures stay at Error.
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Queued {Provider} {EventName} delivery {DeliveryId} (payload in blob: {InBlob})")]
    private partial void LogQueued(string provider, string eventName, string deliveryId, bool inBlob);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Could not queue {Provider} delivery {DeliveryId}: {ErrorType} {Error}; answered 503")]
    private partial void LogQueueUnavailable(string provider, string deliveryId, string errorType, string error);
}
