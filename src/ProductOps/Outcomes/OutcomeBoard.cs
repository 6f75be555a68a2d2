using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>Groups the board by goal, a pure function: the "why" view of the roadmap and digest.</summary>
public static class OutcomeBoard
{
    public static IReadOnlyList<GoalSummary> Summaries(IEnumerable<ItemRecord> records, OutcomesConfig config, IEnumerable<KpiValue> kpis, IEnumerable<KpiFailure>? failures = null)
    {
        var all = records.Where(r => r.State != ItemState.Deleted).ToList();
        var values = kpis.ToList();
        var failed = (failures ?? []).ToList();
        return config.Goals.Select(goal => new GoalSummary(
            goal,
            values.Where(v => string.Equals(v.GoalId, goal.Id, StringComparison.OrdinalIgnoreCase)).OrderBy(v => v.At).ToList(),
            all.Where(r => Linked(r, goal) && !IsShipped(r, config)).ToList(),
            all.Where(r => Linked(r, goal) && IsShipped(r, config)).OrderByDescending(ShippedAt).ToList(),
            failed.Where(f => string.Equals(f.GoalId, goal.Id, StringComparison.OrdinalIgnoreCase)).MaxBy(f => f.At))).ToList();
    }

    /// <summary>Open items on the board that name no goal: a prompt to link them, not an error.</summary>
    public static IReadOnlyList<ItemRecord> WithoutGoal(IEnumerable<ItemRecord> records, OutcomesConfig config) =>
        config.Goals.Count == 0 ? [] : records.Where(r => r.State == ItemState.Open && r.Goal is null && !IsShipped(r, config)).ToList();

    /// <summary>Live (or retired) by phase, or closed: the item has reached users.</summary>
    public static bool IsShipped(ItemRecord record, OutcomesConfig config) =>
        record.State == ItemState.Closed || IsLive(record, config);

    /// <summary>
    /// When the item reached users: entering live or retirement in its phase history, else when it was
    /// closed, else (a phase read from a label, with no history) the last time the board saw it change.
    /// </summary>
    public static DateTimeOffset? ShippedAt(ItemRecord record) =>
        record.PhaseHistory.LastOrDefault(p => p.Phase is "live" or "retirement")?.EnteredAt ?? record.ClosedAt ??
        (Roadmap.RoadmapBuilder.PhaseOf(record) is "live" or "retirement" ? record.TrackerUpdatedAt : null);

    /// <summary>The gates' phase, else a <c>phase:</c> label: boards without gates still have phases.</summary>
    private static bool IsLive(ItemRecord record, OutcomesConfig config) =>
        Roadmap.RoadmapBuilder.PhaseOf(record) is { } phase && (string.Equals(phase, config.LivePhase, StringComparison.OrdinalIgnoreCase) || phase == "retirement");

    private static bool Linked(ItemRecord record, Goal goal) => string.Equals(record.Goal, goal.Id, StringComparison.OrdinalIgnoreCase);
}
