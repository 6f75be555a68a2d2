using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Azure;
using ProductOps.Events;
using ProductOps.Storage;

namespace ProductOps.Ingress;

/// <summary>
/// The durable half of every webhook endpoint: queue first, then record the delivery id. A
/// delivery is acknowledged only once it is in the queue, so a failure answers 503 and the sender
/// can redeliver; a duplicate is taken back out of the queue and acknowledged.
/// </summary>
public sealed partial class EventIngress(EventQueue queue, DeliveryLog deliveries, TimeProvider clock, ILogger<EventIngress> logger)
{
    public async Task<IResult> AcceptAsync(string provider, string eventName, string deliveryId, byte[] payloadJson, CancellationToken ct)
    {
        using var activity = Telemetry.ProductOpsTelemetry.StartIngress(provider, eventName, deliveryId);
        var header = new TrackerEvent { Provider = provider, EventName = eventName, DeliveryId = deliveryId, ReceivedAt = clock.GetUtcNow(), TraceParent = System.Diagnostics.Activity.Current?.Id };
        QueuedEvent queued;
        try
        {
            queued = await queue.EnqueueAsync(header, payloadJson, ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            LogQueueUnavailable(provider, deliveryId, e.GetType().Name, e.Message);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable",
                detail: "The delivery could not be queued; nothing was kept. Redeliver it later.");
        }

        if (!await IsFirstDeliveryAsync(provider, deliveryId, ct))
        {
            await RetractDuplicateAsync(queued, provider, deliveryId);
            LogDuplicate(provider, deliveryId);
            return Results.Ok(new IngressAnswer("duplicate", deliveryId));
        }

        LogQueued(provider, eventName, deliveryId, queued.PayloadBlob is not null);
        return Results.Accepted(value: new IngressAnswer("queued", deliveryId));
    }

    private async Task<bool> IsFirstDeliveryAsync(string provider, string deliveryId, CancellationToken ct)
    {
        try
        {
            return await deliveries.TryClaimAsync(provider, deliveryId, ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or TimeoutException)
        {
            // The event is already durably queued; processing is a reconciliation, so treating an
            // unrecorded delivery as new can at worst repeat work, never lose it.
            LogDeliveryLogUnavailable(provider, deliveryId, e.Message);
            return true;
        }
    }

    private async Task RetractDuplicateAsync(QueuedEvent queued, string provider, string deliveryId)
    {
        try
        {
            await queue.RetractAsync(queued, CancellationToken.None);
        }
        catch (RequestFailedException e)
        {
            // A listener may already hold it; processing the same delivery twice converges.
            LogRetractFailed(provider, deliveryId, e.Status);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Queued {Provider} {EventName} delivery {DeliveryId} (payload in blob: {InBlob})")]
    private partial void LogQueued(string provider, string eventName, string deliveryId, bool inBlob);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Duplicate {Provider} delivery {DeliveryId} acknowledged, not queued again")]
    private partial void LogDuplicate(string provider, string deliveryId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Could not queue {Provider} delivery {DeliveryId}: {ErrorType} {Error}; answered 503")]
    private partial void LogQueueUnavailable(string provider, string deliveryId, string errorType, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Delivery log unavailable for {Provider} delivery {DeliveryId} (queued anyway): {Error}")]
    private partial void LogDeliveryLogUnavailable(string provider, string deliveryId, string error);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Could not take duplicate {Provider} delivery {DeliveryId} back out of the queue (status {Status}); it will be processed idempotently")]
    private partial void LogRetractFailed(string provider, string deliveryId, int status);
}

public sealed record IngressAnswer(string Status, string DeliveryId);
