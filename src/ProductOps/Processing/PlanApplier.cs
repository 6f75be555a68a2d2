using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Carries out an <see cref="ItemPlan"/>: its writes in the planned order, then its announcements, then
/// one save of the index row. The row carries the snapshot's fingerprint only in that final save, so a
/// retry after a failed write finds the snapshot not yet applied and carries the plan out again; every
/// write is planned against what the item shows, so writes already made are not made twice.
/// </summary>
/// <remarks>
/// The one save before the end: creating a comment first records that the creation started
/// (<see cref="MarkedComments"/>), because a create whose answer is lost may still land, and a retry
/// must look for that comment (or wait <see cref="ITracker.WriteSettleTime"/>) instead of writing a
/// second one. That save keeps the row as the snapshot shows it (<see cref="ItemPlan.Seen"/>) plus the
/// comment records: none of the plan's decisions, and no fingerprint.
/// </remarks>
internal static partial class PlanApplier
{
    /// <param name="tracker">The session the provider opened for the item: GitHubSession, JiraSession, or a DryRunSession that logs instead.</param>
    public static async Task<ItemRecord> ApplyAsync(ItemPlan plan, WorkItem item, ITracker tracker, IItemStore store, UpdateAnnouncer? announcer, string? scope, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await WriteAllAsync(plan, item, tracker, store, announcer, scope, now, ct);
        return await SaveAsync(plan, item, stored, store, ct);
    }

    /// <summary>The writes in order, then the announcements; returns the row with the comment records they left.</summary>
    private static async Task<ItemRecord> WriteAllAsync(ItemPlan plan, WorkItem item, ITracker tracker, IItemStore store, UpdateAnnouncer? announcer, string? scope, DateTimeOffset now, CancellationToken ct)
    {
        var stored = plan.Seen;
        foreach (var write in plan.Writes)
        {
            if (write is CommentWrite comment)
            {
                stored = await MarkedComments.UpsertAsync(item, stored, comment.Content, tracker, store, now, ct);
            }
            else
            {
                await WriteAsync(item.Key, write, tracker, ct);
            }
        }
        if (plan.Announcements is { } announcements && announcer is not null)
        {
            await announcer.AnnounceAsync(item.Key, announcements, scope, ct);
        }
        return stored;
    }

    /// <summary>The one save at the end: the planned row, the comment records, and the snapshot's fingerprint when the plan applies it.</summary>
    private static Task<ItemRecord> SaveAsync(ItemPlan plan, WorkItem item, ItemRecord stored, IItemStore store, CancellationToken ct)
    {
        var row = plan.Row with { Comments = stored.Comments, Version = stored.Version };
        return MarkedComments.SaveAsync(store, plan.AppliesSnapshot ? row with { SnapshotHash = SnapshotOrder.Fingerprint(item) } : row, ct);
    }

    /// <summary>One write that needs no index row: a label, a field, a project field, the configuration's report.</summary>
    public static async Task WriteAsync(ItemKey key, PlannedWrite write, ITracker tracker, CancellationToken ct)
    {
        switch (write)
        {
            case LabelWrite { Add: true } label:
                await tracker.AddLabelsAsync(key, [label.Label], ct);
                break;
            case LabelWrite label:
                await tracker.RemoveLabelAsync(key, label.Label, ct);
                break;
            case FieldWrite field:
                await tracker.SetNumberFieldAsync(key, field.Field, field.Value, ct);
                break;
            case BoardFieldWrite { Field.Kind: BoardFieldKind.Number } board when tracker is IBoardTracker boards:
                await boards.SetNumberAsync(board.Card, board.Field, board.Number, ct);
                break;
            case BoardFieldWrite board when tracker is IBoardTracker boards:
                await boards.SetOptionAsync(board.Card, board.Field, board.Option, ct);
                break;
            case BoardFieldWrite:
                // A dry run has no board to write to: the card it scored from came from a backfill's read.
                break;
            case ConfigReportWrite report when tracker is IConfigReportTracker reports:
                await reports.ReportConfigAsync(report.Container, report.Report, ct);
                break;
            case ConfigReportWrite:
                // Jira reports nothing: its configuration is the app's settings, logged once when loaded.
                break;
            default:
                throw new InvalidOperationException($"No write for {write.GetType().Name}.");
        }
    }
}
