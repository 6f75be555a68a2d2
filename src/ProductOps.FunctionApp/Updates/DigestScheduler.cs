using Cronos;
using ProductOps.Updates;
using ProductOps.Updates.Digest;

namespace ProductOps.FunctionApp.Updates;

/// <summary>
/// The <c>stakeholder-digest</c> timer when the Functions host is absent: the same NCRONTAB schedule
/// with seconds (<c>Updates:DigestSchedule</c>, UTC, as the host reads <c>%Updates__DigestSchedule%</c>).
/// A run missed while the app was down is not replayed here; the watermark makes the next run cover it.
/// </summary>
internal sealed partial class DigestScheduler(UpdatesSettings settings, DigestRunner runner, TimeProvider clock, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Parse(settings.DigestSchedule) is not { } schedule)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            LogNext(next.Value);
            try
            {
                var wait = next.Value - clock.GetUtcNow().UtcDateTime;
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
                await runner.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>The schedule as the Functions host reads it: six fields, the first one seconds.</summary>
    public CronExpression? Parse(string schedule)
    {
        try
        {
            return CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            LogBadSchedule(schedule, e.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 7030, Level = LogLevel.Debug, Message = "Next stakeholder digest at {Next:o}")]
    private partial void LogNext(DateTime next);

    [LoggerMessage(EventId = 7031, Level = LogLevel.Error, Message = "Updates:DigestSchedule '{Schedule}' is not an NCRONTAB expression with seconds ({Error}); no digest is scheduled")]
    private partial void LogBadSchedule(string schedule, string error);
}
