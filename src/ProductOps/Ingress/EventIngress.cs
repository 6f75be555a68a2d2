using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Azure;
using ProductOps.Events;
using ProductOps.Storage;

namespace ProductOps.Ingress;

/// <summary>
/// The durable half of every webhook endpoint. The queue put and the delivery-id claim run in
/// parallel, so a delivery costs one storage round trip before its answer, all under one deadline.
/// </summary>
/// <remarks>
/// What each outcome means, and the races:
/// - queued and claimed: 202. The delivery is processed once.
/// - queued, claim refused (the id is already claimed): a duplicate. Its own message (and its own
///   payload blob: blob names are unique per message) is taken back out, answer 200 "duplicate".
///   If taking it back fails, it is processed a second time, which converges (processing reconciles).
/// - queued, claim failed (table unreachable or too slow): 202, as if new. At worst repeated work.
/// - not queued: 503, and the claim, if it landed (a timeout does not say), is taken back, only if
///   it still carries this attempt's token, so the sender's redelivery is accepted.
/// Two copies of one delivery racing each other: both are queued, one claim wins, the other copy is
/// taken back. The one gap: a claim that lands while its own queue put fails, and whose release
/// also fails (or the process dies in between), makes a later redelivery look like a duplicate of a
/// delivery that was never queued. (A copy answered "duplicate" while the claiming copy's put is
/// still failing is fine: that copy is answered 503 and its claim released, so a redelivery works.)
/// It needs a failed put at the same time as a working table; the sequential order (put, then
/// claim) had no such gap but cost a second round trip on every delivery.
/// </remarks>
public sealed partial class EventIngress(EventQueue queue, DeliveryLog deliveries, WebhookBodyReader bodies, TimeProvider clock, ILogger<EventIngress> logger)
{
    /// <summary>
    /// The storage work of one delivery ends within this, whatever storage does: GitHub gives up
    /// after 10 s (https://docs.github.com/webhooks/using-webhooks/best-practices-for-using-webhooks#respond-within-10-seconds),
    /// and the storage clients' own retries (3 tries of up to 3 s) would take about as long.
    /// </summary>
    public static readonly TimeSpan StorageDeadline = TimeSpan.FromSeconds(4);

    public WebhookBodyReader Bodies => bodies;

    public async Task<IResult> AcceptAsync(string provider, string eventName, string deliveryId, byte[] payloadJson, CancellationToken ct)
    {
        using var activity = Telemetry.ProductOpsTelemetry.StartIngress(provider, eventName, deliveryId);
        var header = new TrackerEvent { Provider = provider, EventName = eventName, DeliveryId = deliveryId, ReceivedAt = clock.GetUtcNow(), TraceParent = System.Diagnostics.Activity.Current?.Id };
        // Not linked to the request: a sender that hangs up must not cut the work between the claim
        // and the put, or a claim could stay without its message.
        using var deadline = new CancellationTokenSource(StorageDeadline, clock);
        var claim = DeliveryLog.NewClaim(provider, deliveryId);
        var claimed = ClaimAsync(claim, deliveryId, deadline.Token);
        QueuedEvent queued;
        try
        {
            queued = await queue.EnqueueAsync(header, payloadJson, deadline.Token);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            if (await claimed is not false)
            {
                ReleaseInBackground(claim);
            }
            LogQueueUnavailable(provider, deliveryId, e.GetType().Name, e.Message);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable",
                detail: "The delivery could not be queued; nothing was kept. Redeliver it later.");
        }

        if (await claimed is false)
        {
            await RetractDuplicateAsync(queued, provider, deliveryId, deadline.Token);
            LogDuplicate(provider, deliveryId);
            return Results.Ok(new IngressAnswer("duplicate", deliveryId));
        }

        LogQueued(provider, eventName, deliveryId, queued.PayloadBlob is not null);
        return Results.Accepted(value: new IngressAnswer("queued", deliveryId));
    }

    /// <summary>True if claimed, false if the id was claimed before, null when the table did not say in time.</summary>
    private async Task<bool?> ClaimAsync(DeliveryClaim claim, string deliveryId, CancellationToken ct)
    {
        try
        {
            return await deliveries.TryClaimAsync(claim, ct);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            LogDeliveryLogUnavailable(claim.Provider, deliveryId, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Not awaited: storage that could not take the message may not answer this either, and the
    /// sender must hear 503 within the deadline. A claim of unknown fate is looked for a while,
    /// since an insert that timed out on this side can still land on the other.
    /// </summary>
    private void ReleaseInBackground(DeliveryClaim claim)
    {
        _ = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(ReleaseWindow, clock);
            string? error = null;
            while (!timeout.IsCancellationRequested)
            {
                try
                {
                    if (await deliveries.TryReleaseAsync(claim, timeout.Token))
                    {
                        return;
                    }
                }
                catch (Exception e) when (IsStorageFailure(e))
                {
                    error = e.Message;
                }
                await Task.Delay(TimeSpan.FromSeconds(1), clock, CancellationToken.None);
            }
            if (error is not null)
            {
                LogReleaseFailed(claim.Provider, claim.Key, error);
            }
        });
    }

    private static readonly TimeSpan ReleaseWindow = TimeSpan.FromSeconds(30);

    private async Task RetractDuplicateAsync(QueuedEvent queued, string provider, string deliveryId, CancellationToken ct)
    {
        try
        {
            await queue.RetractAsync(queued, ct);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            // A listener may already hold it; processing the same delivery twice converges.
            LogRetractFailed(provider, deliveryId, e.Message);
        }
    }

    private static bool IsStorageFailure(Exception e) =>
        e is RequestFailedException or HttpRequestException or AggregateException or TimeoutException or OperationCanceledException;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Queued {Provider} {EventName} delivery {DeliveryId} (payload in blob: {InBlob})")]
    private partial void LogQueued(string provider, string eventName, string deliveryId, bool inBlob);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Duplicate {Provider} delivery {DeliveryId} acknowledged, not queued again")]
    private partial void LogDuplicate(string provider, string deliveryId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Could not queue {Provider} delivery {DeliveryId}: {ErrorType} {Error}; answered 503")]
    private partial void LogQueueUnavailable(string provider, string deliveryId, string errorType, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Delivery log unavailable for {Provider} delivery {DeliveryId} (queued anyway): {Error}")]
    private partial void LogDeliveryLogUnavailable(string provider, string deliveryId, string error);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Could not take duplicate {Provider} delivery {DeliveryId} back out of the queue ({Error}); it will be processed idempotently")]
    private partial void LogRetractFailed(string provider, string deliveryId, string error);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Could not release the {Provider} delivery claim {Key} of a delivery that was not queued ({Error}); a redelivery may be taken for a duplicate")]
    private partial void LogReleaseFailed(string provider, string key, string error);
}

public sealed record IngressAnswer(string Status, string DeliveryId);
