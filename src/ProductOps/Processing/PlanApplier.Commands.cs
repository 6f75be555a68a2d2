using ProductOps.Commands;
using ProductOps.Outcomes;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>A comment's commands, carried out like an item's plan: everything first, then one save of the row.</summary>
internal static partial class PlanApplier
{
    /// <summary>
    /// Records the KPI readings, makes the writes (a phase label, the item plan of scoring it again, the reply
    /// comment), queues the announcements, reacts, then saves the row once: until that save the comment's lines
    /// are not marked done, so a retry plans them again and finds what was already made (a reading recorded, a
    /// comment found by its marker, a label present).
    /// </summary>
    public static async Task<ItemRecord> ApplyAsync(CommandPlan plan, ITracker tracker, ICommandPort port, IKpiHistory kpis, IItemStore store, UpdateAnnouncer? announcer, string? scope, DateTimeOffset now, CancellationToken ct)
    {
        var key = plan.Item.Key;
        foreach (var kpi in plan.Kpis)
        {
            // False when an earlier attempt recorded it: the reading stands either way.
            await kpis.RecordAsync(key.Provider, key.Container, kpi, ct);
        }
        var stored = await WriteAllAsync(plan.Writes, plan.Item, tracker, store, announcer, scope, now, ct);
        if (plan.React is { } commentId)
        {
            await port.ReactAsync(key, commentId, ct);
        }
        return await SaveAsync(plan.Writes, plan.Item, stored, store, ct);
    }
}
