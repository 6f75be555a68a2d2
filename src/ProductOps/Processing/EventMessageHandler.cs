using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Events;
using ProductOps.Storage;
using ProductOps.Telemetry;

namespace ProductOps.Processing;

/// <summary>
/// Handles one <c>tracker-events</c> message, whoever delivered it: the Functions host (custom
/// handler invocation) or the app's own listener. It says what should happen to the message.
/// </summary>
public sealed partial class EventMessageHandler(EventQueue queue, EventProcessor processor, StorageAccount storage, ILogger<EventMessageHandler> logger)
{
    public async Task<MessageResult> HandleAsync(string messageText, long dequeueCount, CancellationToken ct)
    {
        TrackerEvent ev;
        try
        {
            ev = await queue.ReadAsync(messageText, ct);
        }
        catch (JsonException e)
        {
            return await SetAsideAsync(messageText, $"the message is not a queued event: {e.Message}", ct);
        }

        using var activity = ProductOpsTelemetry.StartProcessing(ev);
        try
        {
            var outcome = await processor.ProcessAsync(ev, ct);
            await queue.DeletePayloadAsync(ev, ct);
            LogHandled(ev.Provider, ev.EventName, ev.DeliveryId, outcome, dequeueCount);
            ProductOpsTelemetry.Processed(ev.Provider, outcome.ToString());
            return MessageResult.Done;
        }
        catch (UnreadableEventException e)
        {
            return await SetAsideAsync(messageText, e.Message, ct);
        }
        catch (RetryLaterException e)
        {
            return await DeferAsync(messageText, ev, e, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(ev.Provider, ev.DeliveryId, dequeueCount, e.GetType().Name, e.Message);
            ProductOpsTelemetry.Processed(ev.Provider, "Failed");
            return MessageResult.Failed;
        }
    }

    /// <summary>
    /// A rate limit or a booked-up write schedule is not a failure: the event goes back on the queue
    /// as a fresh message, invisible until about when it can go through, so waiting never uses up
    /// its attempts (a dequeue count of 5 means poison). A bounded number of deferrals guards against
    /// an event that could never go through.
    /// </summary>
    private async Task<MessageResult> DeferAsync(string messageText, TrackerEvent ev, RetryLaterException e, CancellationToken ct)
    {
        var message = System.Text.Json.Nodes.JsonNode.Parse(messageText)!.AsObject();
        var deferrals = (message["deferrals"]?.GetValue<int>() ?? 0) + 1;
        if (deferrals > MaxDeferrals)
        {
            LogFailed(ev.Provider, ev.DeliveryId, deferrals, nameof(RetryLaterException), $"deferred {MaxDeferrals} times: {e.Message}");
            return MessageResult.Failed;
        }
        message["deferrals"] = deferrals;
        var delay = TimeSpan.FromMilliseconds(Math.Clamp(e.Delay.TotalMilliseconds + Random.Shared.Next(500), 500, TimeSpan.FromDays(6).TotalMilliseconds));
        await storage.Queue(StorageNames.EventsQueue).SendMessageAsync(message.ToJsonString(), visibilityTimeout: delay, cancellationToken: ct);
        LogRetryLater(ev.DeliveryId, e.Message, delay);
        ProductOpsTelemetry.Deferred(StorageNames.EventsQueue);
        return MessageResult.Done;
    }

    private const int MaxDeferrals = 50;

    /// <summary>Moves a message that can never succeed straight to the poison queue, with the reason in the log.</summary>
    private async Task<MessageResult> SetAsideAsync(string messageText, string reason, CancellationToken ct)
    {
        await storage.Queue(StorageNames.PoisonQueue(StorageNames.EventsQueue)).SendMessageAsync(messageText, ct);
        LogSetAside(StorageNames.PoisonQueue(StorageNames.EventsQueue), reason);
        ProductOpsTelemetry.Poisoned(StorageNames.EventsQueue);
        return MessageResult.Done;
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Handled {Provider} {EventName} delivery {DeliveryId}: {Outcome} (attempt {DequeueCount})")]
    private partial void LogHandled(string provider, string eventName, string deliveryId, ProcessingOutcome outcome, long dequeueCount);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Processing {Provider} delivery {DeliveryId} failed on attempt {DequeueCount}: {ErrorType}: {Error}")]
    private partial void LogFailed(string provider, string deliveryId, long dequeueCount, string errorType, string error);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Error, Message = "Moved an unprocessable message to {PoisonQueue}: {Reason}")]
    private partial void LogSetAside(string poisonQueue, string reason);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} deferred: {Reason}; retry in {Delay}")]
    private partial void LogRetryLater(string deliveryId, string reason, TimeSpan delay);
}

public sealed record MessageResult(MessageDisposition Disposition, TimeSpan? Delay = null)
{
    public static MessageResult Done { get; } = new(MessageDisposition.Done);
    public static MessageResult Failed { get; } = new(MessageDisposition.Failed);

    public static MessageResult RetryAfter(TimeSpan delay) => new(MessageDisposition.Failed, delay);
}

public enum MessageDisposition { Done, Failed }
