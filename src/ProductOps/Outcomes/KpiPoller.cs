using Microsoft.Extensions.Logging;
using ProductOps.Roadmap;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// The <c>kpi-readings</c> timer: for every repository or project the app has seen, reads each goal's KPI from
/// its configured endpoint and records it (author <c>endpoint</c>, one reading per goal and minute, so a
/// doubled run records nothing twice), then marks the roadmap for a refresh. A failure is logged with its
/// reason and kept as the goal's last failed reading (shown on the page and in the digest, because nobody reads
/// the log) until a reading succeeds; it never stops the other goals, containers, or the app.
/// </summary>
public sealed partial class KpiPoller(
    IDigestRegistry containers, IEnumerable<ITrackerProvider> providers, KpiEndpoint endpoint, IKpiHistory history, IRoadmapSignal roadmap, TimeProvider clock, ILogger<KpiPoller> logger)
{
    /// <summary>The default schedule (NCRONTAB with seconds, UTC): daily at 06:00.</summary>
    public const string DefaultSchedule = "0 0 6 * * *";
    public const string Author = "endpoint";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var recorded = 0;
        await foreach (var state in containers.ListAsync(ct))
        {
            try
            {
                recorded += await ReadAsync(state, now, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogFailed(state.Provider, state.Container, "", e.GetType().Name + ": " + e.Message);
            }
        }
        return recorded;
    }

    private async Task<int> ReadAsync(DigestState state, DateTimeOffset now, CancellationToken ct)
    {
        if (providers.FirstOrDefault(p => p.Name == state.Provider) is not { } provider)
        {
            return 0;
        }
        var config = (await provider.ReadConfigAsync(state.Container, state.Scope, ct)).Config;
        var recorded = 0;
        var changed = false;
        foreach (var goal in config.Outcomes.Goals.Where(g => g.Kpi.Source is not null))
        {
            var reading = await endpoint.ReadAsync(goal.Kpi.Source!, ct);
            if (reading.Value is not { } value)
            {
                LogFailed(state.Provider, state.Container, goal.Id, $"{goal.Kpi.Source!.Url.Host}: {reading.Logged}");
                await history.RecordFailureAsync(state.Provider, state.Container, new KpiFailure(goal.Id, now, reading.Problem ?? "no number"), ct);
                changed = true;
                continue;
            }
            var sourceId = $"endpoint:{now.UtcDateTime:yyyy-MM-ddTHH-mm}";
            if (await history.RecordAsync(state.Provider, state.Container, new KpiValue(goal.Id, value, now, Author, sourceId), ct))
            {
                LogRecorded(state.Provider, state.Container, goal.Id, value);
                recorded++;
            }
            // Cleared even when this minute's reading was recorded before: the endpoint answers again, the page must say so.
            changed |= await history.ClearFailureAsync(state.Provider, state.Container, goal.Id, ct);
        }
        if (recorded > 0 || changed)
        {
            await roadmap.MarkDirtyAsync(new ItemKey(state.Provider, state.Container, RoadmapRefresher.LockId), state.Scope, ct);
        }
        return recorded;
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "KPI of goal {Goal} in {Provider}:{Container} read from its endpoint: {Value}")]
    private partial void LogRecorded(string provider, string container, string goal, double value);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "KPI of goal {Goal} in {Provider}:{Container} not read: {Problem}")]
    private partial void LogFailed(string provider, string container, string goal, string problem);
}
