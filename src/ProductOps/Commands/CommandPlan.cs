using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Everything a comment's commands call for, decided before anything is written (<see cref="CommandPlanner"/>)
/// and carried out by <see cref="PlanApplier"/>: the KPI readings to record, the tracker writes (a phase label,
/// the item plan of scoring it again, the reply comment), the reaction, and the row to save once at the end.
/// </summary>
/// <param name="Item">The snapshot the writes are made on: read back from the tracker when the item is scored again.</param>
/// <param name="Writes">The tracker writes and the row: <see cref="ItemPlan.Seen"/> is the row as read, <see cref="ItemPlan.Row"/> the one to save.</param>
/// <param name="React">The comment to acknowledge with a reaction when every command is done with nothing to say; else null and a reply is among the writes.</param>
/// <param name="Card">The item's project card when it was scored again: the roadmaps built from that project are refreshed.</param>
public sealed record CommandPlan(
    WorkItem Item,
    IReadOnlyList<CommandReply.Answer> Answers,
    IReadOnlyList<KpiValue> Kpis,
    ItemPlan Writes,
    string? React,
    bool RefreshRoadmapNow,
    BoardCard? Card = null)
{
    /// <summary>The plan as a dry run would print it: the readings, the writes, the reaction.</summary>
    public IEnumerable<string> Describe() =>
        Kpis.Select(k => $"record {k.GoalId} = {k.Value} from comment {k.SourceId}")
            .Concat(Writes.Describe())
            .Concat(React is null ? [] : [$"react to comment {React}"]);
}
