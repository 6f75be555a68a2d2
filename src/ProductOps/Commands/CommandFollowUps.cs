using ProductOps.Configuration;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>What commands ask of the item after they ran: a phase label, scoring and the gate again, a breakdown.</summary>
internal static class CommandFollowUps
{
    /// <summary>
    /// Adds the phase label when asked, reads the item back (the comment's snapshot may predate other
    /// changes) and processes it as an event that added that label would: the gate decides, as for a person's label.
    /// The label's own webhook comes later with an older or equal snapshot, so it changes nothing more.
    /// </summary>
    public static async Task<WorkItem> ReapplyAsync(WorkItem item, string? phase, ProductOpsConfig config, ITrackerSession session, ItemReapply reapply, string? scope, CancellationToken ct)
    {
        IReadOnlyList<string>? added = null;
        if (phase is not null && config.Gates.Phase(phase) is { } definition && !item.HasLabel(definition.Label))
        {
            await session.AddLabelsAsync(item.Key, [definition.Label], ct);
            added = [definition.Label];
        }

        var current = await session.ReadItemAsync(item.Key, ct) ?? item;
        if (added is not null && !current.HasLabel(added[0]))
        {
            current = current with { Labels = [.. current.Labels, added[0]] };
        }
        await reapply(new ItemEvent(current, "comment", "command", scope) { AddedLabels = added }, ct);
        return current;
    }

    public static string Explain(WorkItem item, ItemRecord record, ProductOpsConfig config) =>
        ScoreExplanation.Render(ScoreCalculator.Evaluate(item, config.Scoring, record.Estimates), config.Scoring);
}
