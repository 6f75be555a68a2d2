using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Events;
using ProductOps.Queues;
using ProductOps.Telemetry;

namespace ProductOps.Processing;

/// <summary>
/// Handles one <c>tracker-events</c> message, whichever host delivered it, and says what should
/// happen to it; <c>QueueMessageRunner</c> (the hosts' glue) carries that out.
/// </summary>
public sealed partial class EventMessageHandler(IEventQueue queue, EventProcessor processor, ILogger<EventMessageHandler> logger)
{
    public async Task<MessageResult> HandleAsync(QueueDelivery delivery, CancellationToken ct)
    {
        TrackerEvent ev;
        try
        {
            ev = await queue.ReadAsync(delivery.Text, ct);
        }
        catch (JsonException e)
        {
            return MessageResult.SetAside($"the message is not a queued event: {e.Message}");
        }

        using var activity = ProductOpsTelemetry.StartProcessing(ev);
        try
        {
            var outcome = await processor.ProcessAsync(ev, ct);
            await queue.DeletePayloadAsync(ev, ct);
            LogHandled(ev.Provider, ev.EventName, ev.DeliveryId, outcome, delivery.Attempt);
            ProductOpsTelemetry.Processed(ev.Provider, outcome.ToString());
            return MessageResult.Done;
        }
        catch (UnreadableEventException e)
        {
            return MessageResult.SetAside($"delivery {ev.DeliveryId}: {e.Message}");
        }
        catch (RetryLaterException e)
        {
            // A rate limit or a booked-up write schedule is not a failure. The jitter spreads a burst of
            // deferred events so they do not all come back in the same instant.
            return MessageResult.Defer(e.Delay + TimeSpan.FromMilliseconds(Random.Shared.Next(500)), $"delivery {ev.DeliveryId}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(ev.Provider, ev.DeliveryId, delivery.Attempt, e.GetType().Name, e.Message);
            ProductOpsTelemetry.Processed(ev.Provider, "Failed");
            return MessageResult.Failed($"delivery {ev.DeliveryId}: {e.GetType().Name}: {e.Message}");
        }
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Handled {Provider} {EventName} delivery {DeliveryId}: {Outcome} (attempt {Attempt})")]
    private partial void LogHandled(string provider, string eventName, string deliveryId, ProcessingOutcome outcome, long attempt);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Processing {Provider} delivery {DeliveryId} failed on attempt {Attempt}: {ErrorType}: {Error}")]
    private partial void LogFailed(string provider, string deliveryId, long attempt, string errorType, string error);
}
