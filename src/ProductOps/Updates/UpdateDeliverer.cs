using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Events;
using ProductOps.Queues;
using ProductOps.Updates.Channels;

namespace ProductOps.Updates;

/// <summary>
/// Handles one <c>updates</c> message: renders it for its target and delivers it once. A delivery
/// already made is skipped; a transient failure comes back after a growing delay; after the last
/// attempt, or at once when the failure can never pass, the update goes to <c>updates-poison</c>
/// with the reason and its rendered text, so nothing is silently lost.
/// </summary>
public sealed partial class UpdateDeliverer(
    IEnumerable<IUpdateChannel> channels, UpdateRenderer renderer, IUpdateDeliveryLog deliveries, IUpdatesPoison poison,
    UpdatesSettings settings, TimeProvider clock, ILogger<UpdateDeliverer> logger)
{
    public async Task<MessageResult> HandleAsync(QueueDelivery delivery, CancellationToken ct)
    {
        var attempt = delivery.Attempt;
        UpdateMessage update;
        try
        {
            update = UpdateMessage.FromQueueText(delivery.Text);
        }
        catch (JsonException e)
        {
            await poison.PoisonTextAsync($"the message is not an update: {e.Message}", delivery.Text, ct);
            LogUnreadable(e.Message);
            return MessageResult.Done;
        }

        var state = await deliveries.GetAsync(update, ct);
        if (state == DeliveryState.Delivered)
        {
            LogAlreadyDelivered(update.Template, update.Id, update.Target.Key);
            return MessageResult.Done;
        }

        string? text = null;
        try
        {
            var channel = channels.FirstOrDefault(c => c.Handles(update.Target.Kind))
                ?? throw new UpdateDeliveryException($"No channel delivers to {update.Target.Kind} targets.", permanent: true);
            var mentions = update.Provider == Providers.GitHub && channel is CommentChannel;
            text = await renderer.RenderAsync(update, channel.Dialect, mentions, ct);
            if (state == DeliveryState.New)
            {
                await deliveries.MarkSendingAsync(update, ct);
            }
            await channel.SendAsync(update, text, retry: state == DeliveryState.Sending, ct);
            await deliveries.MarkDeliveredAsync(update, ct);
            LogDelivered(update.Template, update.Id, update.Target.Key, attempt);
            return MessageResult.Done;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var permanent = e is UpdateDeliveryException { Permanent: true };
            var reason = e is UpdateDeliveryException or RetryLaterException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            if (permanent || attempt >= settings.MaxAttempts)
            {
                var why = permanent ? reason : $"{reason} (gave up after {attempt} attempts)";
                await poison.PoisonAsync(new PoisonedUpdate(why, attempt, clock.GetUtcNow(), text, update), ct);
                LogPoisoned(update.Template, update.Id, update.Target.Key, why);
                return MessageResult.Done;
            }

            var delay = e is RetryLaterException later ? later.Delay : settings.RetryDelayFor(attempt);
            LogRetry(update.Template, update.Id, update.Target.Key, attempt, reason, delay);
            return MessageResult.Defer(delay, $"{update.Template} update {update.Id} to {update.Target.Key}: {reason}");
        }
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Delivered {Template} update {UpdateId} to {Target} (attempt {Attempt})")]
    private partial void LogDelivered(string template, string updateId, string target, long attempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "Skipped {Template} update {UpdateId} to {Target}: already delivered")]
    private partial void LogAlreadyDelivered(string template, string updateId, string target);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning, Message = "Delivering {Template} update {UpdateId} to {Target} failed on attempt {Attempt}: {Reason}; retry in {Delay}")]
    private partial void LogRetry(string template, string updateId, string target, long attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Error, Message = "Kept {Template} update {UpdateId} for {Target} in updates-poison: {Reason}")]
    private partial void LogPoisoned(string template, string updateId, string target, string reason);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Error, Message = "Moved an unreadable message to updates-poison: {Reason}")]
    private partial void LogUnreadable(string reason);
}
