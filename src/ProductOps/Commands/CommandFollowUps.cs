using ProductOps.Configuration;
using ProductOps.Processing;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>What commands ask of the item after they ran: a phase label, scoring and the gate again, a breakdown.</summary>
internal static class CommandFollowUps
{
    /// <summary>
    /// Reads the item back (the comment's snapshot may predate other changes) and its card, then plans it as an event
    /// that added the phase label would be (<see cref="ItemPlanner"/>), over the row the commands left: the gate decides,
    /// as for a person's label. The label's own webhook comes later with an older or equal snapshot, so it changes nothing more.
    /// </summary>
    public static async Task<CommandFollowUp?> PlanAsync(WorkItem item, CommandDecision decision, ProductOpsConfig config, ITrackerSession session, string? scope, DateTimeOffset now, CancellationToken ct)
    {
        if (!decision.Reapplies)
        {
            return null;
        }
        var writes = new List<PlannedWrite>();
        IReadOnlyList<string>? added = null;
        if (decision.Follow.Phase is { } phase && config.Gates.Phase(phase) is { } definition && !item.HasLabel(definition.Label))
        {
            writes.Add(new LabelWrite(definition.Label, Add: true));
            added = [definition.Label];
        }

        var current = await session.ReadItemAsync(item.Key, ct) ?? item;
        if (added is not null && !current.HasLabel(added[0]))
        {
            current = current with { Labels = [.. current.Labels, added[0]] };
        }
        var row = decision.Row;
        var explanation = decision.Follow.Explain ? Explain(current, row, config) : null;
        // Its roadmap issue or configuration report is not work; a newer snapshot applied meanwhile is not overwritten.
        if (await session.IsOwnItemAsync(current, ct) || SnapshotOrder.ReadBackIsOlder(current, row, now))
        {
            return new CommandFollowUp(current, writes, null, explanation);
        }
        var open = current.State == ItemState.Open ? config : null;
        if (open is not null)
        {
            current = await BoardReading.WithCardAsync(current, open.Scoring.Board, session, ct);
        }
        var plan = ItemPlanner.Plan(new ItemEvent(current, "comment", "command", scope) { AddedLabels = added }, current, row, open, now);
        return new CommandFollowUp(current, [.. writes, .. plan.Writes], plan, explanation);
    }

    public static string Explain(WorkItem item, ItemRecord record, ProductOpsConfig config) =>
        ScoreExplanation.Render(ScoreCalculator.Evaluate(item, config.Scoring, record.Estimates), config.Scoring);
}
