using Microsoft.Extensions.Logging;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Turns one queued delivery into the tracker writes it calls for: read the event, judge the
/// snapshot's order against the index row (<see cref="SnapshotOrder"/>: a stale, redelivered or repeated
/// snapshot is recognised there, before any tracker call), plan (<see cref="ItemPlanner"/>), apply
/// (<see cref="PlanApplier"/>), signal the roadmap. Everything is a reconciliation under a per-item lock,
/// so a repeated, concurrent or retried event converges; deliveries for one item that arrive together are
/// coalesced (<see cref="ItemRounds"/>). Each <c>tracker-events</c> message reaches it through
/// <see cref="EventMessageHandler"/>, which only turns its exceptions into the message's fate.
/// </summary>
public sealed partial class EventProcessor(IEnumerable<ITrackerProvider> providers, IItemStore items, IItemLocks locks, TimeProvider clock, ILogger<EventProcessor> logger, IRoadmapSignal? roadmap = null, UpdateAnnouncer? announcer = null, Commands.CommandProcessor? commands = null, IRoadmapProjectLinks? projectLinks = null)
{
    private readonly ItemRounds rounds = new();
    // The snapshots this instance applied lately, in memory: a repeat is dropped before the index row is read.
    private readonly AppliedSnapshots applied = new();

    public async Task<ProcessingOutcome> ProcessAsync(TrackerEvent ev, CancellationToken ct)
    {
        var provider = providers.FirstOrDefault(p => p.Name == ev.Provider);
        if (provider is null)
        {
            return Ignore(ev, $"no provider named '{ev.Provider}'");
        }

        // The provider reads the payload into what it means (GitHubProvider for GitHub): an item snapshot
        // (a WorkItem: labels, fields, timestamps), a comment, a board change, a configuration push, or a reason to ignore it.
        switch (await provider.ReadAsync(ev, ct))
        {
            case IgnoredEvent ignored:
                return Ignore(ev, ignored.Reason);
            case BoardChanged board:
                return await BoardChangedAsync(ev, board, ct);
            case ConfigurationChanged changed:
                return await ConfigurationChangedAsync(provider, changed, ev.DeliveryId, ct);
            case ItemEvent itemEvent when itemEvent.Item.Board is null && applied.Judge(itemEvent.Item, ev.ReceivedAt, out var indexTime) is { } known:
                // A redelivery, an older snapshot, a copy of a burst: nothing to read, lock or write.
                if (known == SnapshotMove.Stale)
                {
                    LogStale(itemEvent.Item.Key, ev.DeliveryId, itemEvent.Item.UpdatedAt, indexTime);
                }
                else
                {
                    LogAlreadyApplied(itemEvent.Item.Key, ev.DeliveryId);
                }
                return ProcessingOutcome.Stale;
            case ItemEvent itemEvent:
                return await rounds.RunAsync(new Arrival(itemEvent, ev.DeliveryId, ev.ReceivedAt), (round, token) => ApplyRoundAsync(provider, round, token), ct);
            case Commands.CommentEvent comment when commands is not null:
                await using (await locks.AcquireAsync(comment.Item.Key, ct))
                {
                    // Commands that score the item again or move its phase plan it as an event would, under this lock.
                    var run = await commands.HandleAsync(provider, comment, ct);
                    if (run.Scored is { } scored)
                    {
                        Remember(scored);
                        await MarkRoadmapsAsync(null, run.Card, comment.Scope, ct);
                    }
                    if (run.Outcome == ProcessingOutcome.Applied && roadmap is not null)
                    {
                        await (run.RefreshRoadmapNow ? roadmap.RefreshNowAsync(comment.Item.Key, comment.Scope, ct) : roadmap.MarkDirtyAsync(comment.Item.Key, comment.Scope, ct));
                    }
                    return run.Outcome;
                }
            case Commands.CommentEvent:
                return Ignore(ev, "comment commands are not set up in this host");
            case BoardItemEvent draft:
                return await ProcessAsync(provider, draft, ev.DeliveryId, ct);
            default:
                throw new InvalidOperationException("Unknown event reading.");
        }
    }

    /// <summary>Applies an item read straight from the tracker (a backfill) under the same lock, stale guard and scoring as a delivery.</summary>
    public async Task<ProcessingOutcome> ProcessAsync(ITrackerProvider provider, ItemEvent ev, string source, CancellationToken ct)
    {
        await using (await locks.AcquireAsync(ev.Item.Key, ct))
        {
            // A backfill re-evaluates what is there, even a snapshot applied before (the configuration may have changed since).
            return await ApplyAsync(provider, ev, source, clock.GetUtcNow(), ct, reapplySameSnapshot: true);
        }
    }

    /// <summary>Scores a draft on its board (a delivery or a project backfill): its fields only.</summary>
    public async Task<ProcessingOutcome> ProcessAsync(ITrackerProvider provider, BoardItemEvent draft, string source, CancellationToken ct)
    {
        await using var held = await locks.AcquireAsync(draft.Item.Key, ct);
        LogBoardOnly(draft.Item.Key, await BoardOnlyScoring.ApplyAsync(provider, draft, ct), source);
        await MarkRoadmapsAsync(null, draft.Item.Board, draft.Scope, ct);
        return ProcessingOutcome.Applied;
    }

    private async Task<ProcessingOutcome> ApplyRoundAsync(ITrackerProvider provider, Coalesced round, CancellationToken ct)
    {
        if (round.Count > 1)
        {
            LogCoalesced(round.Event.Item.Key, round.Count, round.DeliveryId);
        }
        await using (await locks.AcquireAsync(round.Event.Item.Key, ct))
        {
            return await ApplyAsync(provider, round.Event, round.DeliveryId, round.ReceivedAt, ct, readBack: round.Ambiguous);
        }
    }

    private async Task<ProcessingOutcome> ApplyAsync(ITrackerProvider provider, ItemEvent ev, string deliveryId, DateTimeOffset receivedAt, CancellationToken ct, bool reapplySameSnapshot = false, bool readBack = false)
    {
        // GitHubSession or JiraSession; without credentials a DryRunSession, which logs each write instead.
        var session = provider.Open(ev);
        if (await session.IsOwnItemAsync(ev.Item, ct))
        {
            // Its roadmap issue or configuration report: not work to score, gate, list or announce.
            LogOwnItem(ev.Item.Key, deliveryId);
            if (await items.GetAsync(ev.Item.Key, ct) is { State: not ItemState.Deleted } listed)
            {
                // Indexed before the app recognised its own items: take it off the roadmap and digests.
                await MarkedComments.SaveAsync(items, listed with { State = ItemState.Deleted }, ct);
                if (roadmap is not null)
                {
                    await roadmap.MarkDirtyAsync(ev.Item.Key, ev.Scope, ct);
                }
            }
            return ProcessingOutcome.Ignored;
        }

        var record = await items.GetAsync(ev.Item.Key, ct) ?? ItemRecord.New(ev.Item.Key);
        // A project item event carries the issue and its card as GraphQL shows them now, never an old snapshot.
        var verdict = SnapshotOrder.Judge(ev.Item, record, receivedAt, reapplySameSnapshot || ev.Item.Board is not null);
        if (readBack && verdict.Move is SnapshotMove.Apply or SnapshotMove.AlreadyApplied)
        {
            verdict = SnapshotVerdict.ReadBack("deliveries coalesced into this round show different snapshots with the same timestamp");
        }
        if (verdict.Move == SnapshotMove.ReadBack)
        {
            LogReadBack(ev.Item.Key, deliveryId, verdict.Reason!);
            if (await session.ReadItemAsync(ev.Item.Key, ct) is not { } current)
            {
                return Ignore(provider.Name, ev.EventName, deliveryId, "the item could not be read back from the tracker");
            }
            // The card was read for this event just now; the issue read back does not carry it.
            ev = ev with { Item = current with { Board = ev.Item.Board } };
            verdict = SnapshotOrder.ReadBackIsOlder(current, record, receivedAt) ? SnapshotVerdict.Stale : SnapshotVerdict.Apply;
        }
        var item = ev.Item;
        if (verdict.Move == SnapshotMove.Stale)
        {
            // Deliveries can arrive late and out of order; never let an old snapshot win.
            LogStale(item.Key, deliveryId, item.UpdatedAt, record.TrackerUpdatedAt);
            return ProcessingOutcome.Stale;
        }
        if (verdict.Move == SnapshotMove.AlreadyApplied)
        {
            Remember(record);
            LogAlreadyApplied(item.Key, deliveryId);
            return ProcessingOutcome.Stale;
        }

        var reading = item.State == ItemState.Open ? await provider.ReadConfigAsync(item.Key.Container, ev.Scope, ct) : null;
        if (reading is not null)
        {
            item = await BoardReading.WithCardAsync(item, reading.Config.Scoring.Board, session, ct);
        }
        var report = reading is null ? null : PlanConfigReport(provider, item.Key.Container, reading);
        // Pure: the score and its priority label (ScorePlanner), project fields, gate, outcome prompt, announcements.
        var plan = ItemPlanner.Plan(ev, item, record, reading?.Config, clock.GetUtcNow(), report);
        // The writes in order (a LabelWrite is session.AddLabelsAsync), then one save of the row.
        record = await PlanApplier.ApplyAsync(plan, item, session, items, announcer, ev.Scope, clock.GetUtcNow(), ct);
        RememberConfigReport(provider, plan);
        // After the save, so the refresh this schedules reads the new row.
        await MarkRoadmapsAsync(item.Key, item.Board ?? ev.Item.Board, ev.Scope, ct);
        Remember(record);
        LogProcessed(item.Key, ev.EventName, ev.Action, deliveryId);
        return ProcessingOutcome.Applied;
    }

    private void Remember(ItemRecord record)
    {
        if (record.SnapshotHash is { } fingerprint && SnapshotOrder.Trusted(record, clock.GetUtcNow()))
        {
            applied.Remember(record.Key, record.TrackerUpdatedAt, fingerprint);
        }
    }

    private ProcessingOutcome Ignore(TrackerEvent ev, string reason) => Ignore(ev.Provider, ev.EventName, ev.DeliveryId, reason);

    private ProcessingOutcome Ignore(string provider, string eventName, string deliveryId, string reason)
    {
        LogIgnored(provider, eventName, deliveryId, reason);
        return ProcessingOutcome.Ignored;
    }
}
