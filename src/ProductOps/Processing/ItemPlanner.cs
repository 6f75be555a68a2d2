using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Decides everything one snapshot of an item calls for, as a pure function of the snapshot, the index
/// row, the configuration and the time: the configuration's report, the score (labels, field, comment), the project fields, the
/// phase gate, the outcome prompt and the announcements. Nothing here reads or writes a tracker or the
/// index; <see cref="PlanApplier"/> carries the plan out.
/// </summary>
public static class ItemPlanner
{
    /// <param name="item">The snapshot to apply, with its project card when the configuration uses one.</param>
    /// <param name="before">The index row as read (a new row for an item not seen before).</param>
    /// <param name="config">The container's configuration; null for an item that is not open (it is not read then).</param>
    /// <param name="configReport">The configuration's report, when its reading calls for one (<see cref="ConfigReportPlanner"/>): written first.</param>
    public static ItemPlan Plan(ItemEvent ev, WorkItem item, ItemRecord before, ProductOpsConfig? config, DateTimeOffset now, ConfigReportWrite? configReport = null)
    {
        var seen = Seen(before, item);
        if (item.State != ItemState.Open || config is null)
        {
            return new ItemPlan(seen, seen, [], null);
        }

        var writes = new List<PlannedWrite>();
        if (configReport is not null)
        {
            writes.Add(configReport);
        }
        var row = seen with { Goal = GoalLink.For(item, config.Outcomes) };
        row = ScorePlanner.Plan(item, row, config.Scoring, now, writes);
        BoardPlanner.Plan(item, config.Scoring, writes);
        // Gates see the labels as scoring left them, and the score it computed.
        row = GatePlanner.Plan(ev, item with { Labels = row.Labels }, row, config.Gates, writes);
        if (OutcomePrompt.Plan(row, config, now) is { } prompt)
        {
            writes.Add(new CommentWrite(prompt));
        }
        return new ItemPlan(seen, row, writes, UpdateAnnouncer.Plan(before, row, config, ev.Scope, now));
    }

    /// <summary>
    /// The row updated with what the snapshot shows, and no fingerprint yet: the snapshot counts as
    /// applied only once everything it called for is done (see <see cref="PlanApplier"/>).
    /// </summary>
    private static ItemRecord Seen(ItemRecord record, WorkItem item) => record with
    {
        Title = item.Title,
        Url = item.Url,
        State = item.State,
        Labels = item.Labels,
        Milestone = item.Milestone,
        Assignees = item.Assignees,
        TrackerUpdatedAt = item.UpdatedAt,
        SnapshotHash = null,
        CreatedAt = item.CreatedAt == default ? record.CreatedAt : item.CreatedAt,
        ClosedAt = item.State == ItemState.Closed ? record.ClosedAt ?? item.UpdatedAt : null,
    };
}
