using Microsoft.Extensions.Logging;
using ProductOps.WorkItems;

namespace ProductOps.Updates.Digest;

/// <summary>
/// One digest run: for every repository or project in the board index whose configuration names
/// digest targets, builds the digest of (watermark, now] and queues it for each target, then moves
/// the watermark. The digest's id comes from the period's start, so a run that died before moving
/// the watermark is repeated with the same id and each target still hears it once.
/// </summary>
public sealed partial class DigestRunner(
    IDigestRegistry states, IBoardIndex index, IEnumerable<ITrackerProvider> providers, IUpdateQueue queue, TimeProvider clock, ILogger<DigestRunner> logger, Outcomes.IKpiHistory? kpis = null)
{
    /// <summary>How far back the first digest of a repository looks.</summary>
    public static readonly TimeSpan FirstPeriod = TimeSpan.FromDays(7);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sent = 0;
        await foreach (var state in states.ListAsync(ct))
        {
            try
            {
                sent += await RunAsync(state, now, queue, moveWatermark: true, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One repository's trouble (its config, its storage rows) must not stop the others' digests.
                LogFailed(state.Provider, state.Container, e.GetType().Name, e.Message);
            }
        }
        return sent;
    }

    /// <summary>
    /// One repository's or project's digest now (<c>productops digest send|preview</c>): the same steps as
    /// the timer's run, with the messages handed to <paramref name="sink"/>; a preview leaves the
    /// watermark where it is. Null when the board index has never seen the container.
    /// </summary>
    public async Task<int?> RunAsync(string provider, string container, IUpdateQueue sink, bool moveWatermark, CancellationToken ct)
    {
        await foreach (var state in states.ListAsync(ct))
        {
            if (state.Provider == provider && string.Equals(state.Container, container, StringComparison.OrdinalIgnoreCase))
            {
                return await RunAsync(state, clock.GetUtcNow(), sink, moveWatermark, ct);
            }
        }
        return null;
    }

    private async Task<int> RunAsync(DigestState state, DateTimeOffset now, IUpdateQueue sink, bool moveWatermark, CancellationToken ct)
    {
        var provider = providers.FirstOrDefault(p => p.Name == state.Provider);
        if (provider is null)
        {
            return 0;
        }

        var config = (await provider.ReadConfigAsync(state.Container, state.Scope, ct)).Config;
        var period = new Period(state.Watermark ?? now - FirstPeriod, now);
        var sent = 0;
        if (config.Updates.DigestTo.Count > 0)
        {
            var items = new List<ItemRecord>();
            await foreach (var item in index.ListAsync(state.Provider, state.Container, ct))
            {
                items.Add(item);
            }

            var digest = DigestBuilder.Build(state.Provider, state.Container, items, period, config.Updates.DigestTop, config.Gates.Phases.Select(p => p.Name).ToList());
            var kpiValues = kpis is null || config.Outcomes.Goals.Count == 0 ? [] : await kpis.ListAsync(state.Provider, state.Container, ct);
            var kpiFailures = kpis is null || config.Outcomes.Goals.Count == 0 ? [] : await kpis.ListFailuresAsync(state.Provider, state.Container, ct);
            digest = Outcomes.GoalDigest.AddOutcomes(digest, items, config, kpiValues, period, kpiFailures);
            if (digest.IsEmpty)
            {
                // A quiet period is not worth a message; the watermark still moves so it is not looked at again.
                LogQuiet(state.Provider, state.Container, period.From, period.To);
                await AdvanceAsync(state, now, moveWatermark, ct);
                return 0;
            }

            var model = ModelJson.ToElement(digest);
            var id = UpdateMessage.IdFor(state.Provider, state.Container, UpdateTemplates.Digest, Announcements.Date(period.From), period.From.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var target in config.Updates.DigestTo)
            {
                await sink.EnqueueAsync(new UpdateMessage
                {
                    Id = id, Template = UpdateTemplates.Digest, Provider = state.Provider, Container = state.Container,
                    Scope = state.Scope, Target = target, Model = model, CreatedAt = now,
                }, ct);
                sent++;
            }
            LogQueued(state.Provider, state.Container, period.From, period.To, config.Updates.DigestTo.Count);
        }

        await AdvanceAsync(state, now, moveWatermark, ct);
        return sent;
    }

    private async Task AdvanceAsync(DigestState state, DateTimeOffset now, bool moveWatermark, CancellationToken ct)
    {
        if (moveWatermark)
        {
            await states.TryAdvanceAsync(state, now, ct);
        }
    }

    [LoggerMessage(EventId = 7022, Level = LogLevel.Information, Message = "Nothing moved, shipped or arrived in {Provider}:{Container} from {From:o} to {To:o}; no digest sent")]
    private partial void LogQuiet(string provider, string container, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "Queued the digest of {Provider}:{Container} for {From:o} to {To:o} to {Targets} target(s)")]
    private partial void LogQueued(string provider, string container, DateTimeOffset from, DateTimeOffset to, int targets);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Error, Message = "The digest of {Provider}:{Container} failed: {ErrorType}: {Error}; it is tried again at the next run")]
    private partial void LogFailed(string provider, string container, string errorType, string error);
}
