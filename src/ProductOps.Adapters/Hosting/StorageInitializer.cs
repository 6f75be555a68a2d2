using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Azure;
using ProductOps.Storage;

namespace ProductOps.Hosting;

/// <summary>
/// Creates the queues, tables and containers at start. Storage being down must not stop the app
/// from starting (health then says so and ingress answers 503), so it keeps trying.
/// </summary>
public sealed partial class StorageInitializer(StorageAccount storage, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CreateAsync(cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or RequestFailedException or HttpRequestException or AggregateException && cancellationToken.IsCancellationRequested)
        {
            // Stopped (Ctrl+C) while storage was still unreachable, in a request (which may end as a
            // storage error) or in the pause between attempts: stop quietly, nothing was started.
            LogStopped();
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await storage.EnsureCreatedAsync(StorageNames.AppQueues, cancellationToken);
                return;
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException && !cancellationToken.IsCancellationRequested && attempt < 5)
            {
                LogRetry(attempt, e.Message);
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException && !cancellationToken.IsCancellationRequested)
            {
                LogGaveUp(e.Message);
                return;
            }

            // Outside the catch: a cancelled pause must reach StartAsync's handler.
            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Stopped while waiting for storage")]
    private partial void LogStopped();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Storage not ready (attempt {Attempt}): {Error}")]
    private partial void LogRetry(int attempt, string error);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Could not create queues and tables: {Error}. Is Azurite running, and is AzureWebJobsStorage right?")]
    private partial void LogGaveUp(string error);
}
