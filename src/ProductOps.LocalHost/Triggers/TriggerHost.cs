using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs;

namespace ProductOps.LocalHost.Triggers;

/// <summary>
/// Runs the WebJobs job host for the queue and timer functions beside the web app, and, like the
/// Functions host, starts a fresh one when it fails (storage down at start or while polling), after
/// a growing pause, while the webhooks keep answering (503 while storage is down).
/// </summary>
internal sealed partial class TriggerHost(IServiceProvider app, ILogger<TriggerHost> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource firstStart = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IJobHost? current;

    /// <summary>Completes when the first job host has started, or has failed to start (it is then retried).</summary>
    public Task FirstStart => firstStart.Task;

    /// <summary>Runs one function now, as the Functions admin API does (<c>POST /admin/functions/&lt;name&gt;</c>); for tests and tools in-process.</summary>
    public Task CallAsync(string function, IDictionary<string, object?> arguments, CancellationToken ct) =>
        (current ?? throw new InvalidOperationException("The queue and timer triggers are not running.")).CallAsync(function, arguments, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            var failed = new TaskCompletionSource<ExceptionDispatchInfo>(TaskCreationOptions.RunContinuationsAsynchronously);
            var host = LocalTriggers.BuildJobHost(app, e => failed.TrySetResult(e));
            try
            {
                await host.StartAsync(stoppingToken);
                current = host.Services.GetRequiredService<IJobHost>();
                firstStart.TrySetResult();
                pause = TimeSpan.FromSeconds(1);
                var failure = await failed.Task.WaitAsync(stoppingToken);
                LogFailed(failure.SourceException.GetType().Name, failure.SourceException.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                firstStart.TrySetResult();
                LogStartFailed(e.GetType().Name, e.Message, pause);
            }

            // Running invocations finish; a message whose invocation is cut short stays leased and comes back later.
            current = null;
            try
            {
                await host.StopAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogStopFailed(e.GetType().Name, e.Message);
            }
            try
            {
                host.Dispose();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // With storage gone, the singleton listeners throw again on dispose (their lock timer was
                // stopped by the failed stop); the app is stopping anyway, so that is not a failure of the app.
                LogStopFailed(e.GetType().Name, e.Message);
            }
            if (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Error, Message = "The queue and timer triggers failed ({ErrorType}: {Error}); restarting them")]
    private partial void LogFailed(string errorType, string error);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "The failed job host did not stop cleanly ({ErrorType}: {Error})")]
    private partial void LogStopFailed(string errorType, string error);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "The queue and timer triggers could not start ({ErrorType}: {Error}); trying again in {Pause}")]
    private partial void LogStartFailed(string errorType, string error, TimeSpan pause);
}
