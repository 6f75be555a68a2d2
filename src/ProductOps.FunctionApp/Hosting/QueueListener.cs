using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using ProductOps.Hosting;
using ProductOps.Processing;
using ProductOps.Storage;

namespace ProductOps.FunctionApp.Hosting;

/// <summary>
/// The queue trigger, for when the Functions host is absent (local runs, tests, CI): polls with
/// backoff, holds each message invisible while it runs, deletes it on success, makes it visible
/// again after <c>visibilityTimeout</c> on failure, and moves it to <c>&lt;queue&gt;-poison</c>
/// once it has failed <c>maxDequeueCount</c> times, as the host does.
/// </summary>
internal sealed partial class QueueListener(
    string queueName,
    Func<IServiceProvider, string, long, CancellationToken, Task<MessageResult>> handle,
    IServiceProvider services,
    StorageAccount storage,
    IOptions<QueueSettings> queueOptions,
    IOptions<LocalListenerSettings> listenerOptions,
    ILogger<QueueListener> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = queueOptions.Value;
        var queue = storage.Queue(queueName);
        var poison = storage.Queue(StorageNames.PoisonQueue(queueName));
        using var slots = new SemaphoreSlim(Math.Max(1, settings.BatchSize));
        var delay = MinPollingInterval;
        LogStarted(queueName, settings.MaxDequeueCount, settings.VisibilityTimeout, settings.BatchSize);

        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                var free = Math.Min(32, slots.CurrentCount);
                messages = free == 0 ? [] : (await queue.ReceiveMessagesAsync(free, listenerOptions.Value.MessageLease, stoppingToken)).Value;
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
            {
                LogReceiveFailed(queueName, e.Message);
                messages = [];
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (messages.Length == 0)
            {
                await Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;
            foreach (var message in messages)
            {
                await slots.WaitAsync(stoppingToken);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await RunAsync(queue, poison, message, settings, stoppingToken);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None);
            }
        }

        // Let running messages finish (or be cancelled) before the host tears storage down.
        for (var i = 0; i < settings.BatchSize; i++)
        {
            await slots.WaitAsync(CancellationToken.None);
        }
    }

    private async Task RunAsync(QueueClient queue, QueueClient poison, QueueMessage message, QueueSettings settings, CancellationToken ct)
    {
        try
        {
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, ct);
                return;
            }

            await using var scope = services.CreateAsyncScope();
            var result = await handle(scope.ServiceProvider, message.Body.ToString(), message.DequeueCount, ct);
            if (result.Disposition == MessageDisposition.Done)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            }
            else if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, ct);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: result.Delay ?? settings.VisibilityTimeout, cancellationToken: ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the message reappears after its lease and is processed again.
        }
        catch (RequestFailedException e)
        {
            // Storage unavailable or the lease was lost: the message reappears by itself.
            LogSettleFailed(queueName, message.MessageId, e.Status, e.Message);
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken ct)
    {
        await poison.SendMessageAsync(message.Body, cancellationToken: ct);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        LogPoisoned(queueName, message.MessageId, message.DequeueCount, poison.Name);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Listening on queue {Queue} (maxDequeueCount {MaxDequeueCount}, visibilityTimeout {VisibilityTimeout}, batchSize {BatchSize})")]
    private partial void LogStarted(string queue, int maxDequeueCount, TimeSpan visibilityTimeout, int batchSize);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Could not read queue {Queue}: {Error}")]
    private partial void LogReceiveFailed(string queue, string error);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Message {MessageId} on {Queue} failed {DequeueCount} times; moved to {PoisonQueue}")]
    private partial void LogPoisoned(string queue, string messageId, long dequeueCount, string poisonQueue);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Could not settle message {MessageId} on {Queue} (status {Status}): {Error}; it will reappear")]
    private partial void LogSettleFailed(string queue, string messageId, int status, string error);
}
