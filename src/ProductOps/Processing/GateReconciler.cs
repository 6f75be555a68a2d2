using ProductOps.Gates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Checks a phase gate when a phase label is added, and re-checks a failed or conditional gate when
/// the item changes: one gate comment, the failed-gate label, and in block mode one revert.
/// </summary>
/// <remarks>
/// Loop safety: the revert and label writes happen only when a phase is entered or a gate's status
/// changes, never because a label snapshot differs. The app's own label events arrive with snapshots
/// taken between its writes; they enter no phase (see <see cref="PhaseReading"/>) and re-check to the
/// same result, so they cost no writes. The failed-gate label is added before the revert so every
/// later snapshot already carries it.
/// </remarks>
internal static class GateReconciler
{
    public const string Marker = "gate";

    public static async Task<ItemRecord> ApplyAsync(ItemEvent ev, WorkItem item, ItemRecord record, GatesConfig config, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        var reading = PhaseReading.Read(config, item.Labels, record.Phase, ev.AddedLabels, ev.RemovedLabels);
        switch (reading.Move)
        {
            case PhaseMove.Enter:
                return await EnterAsync(item, record, reading, config, tracker, store, now, ct);
            case PhaseMove.Leave:
                record = record with { Phase = null };
                break;
        }

        return await RecheckAsync(item, record, config, tracker, store, now, ct);
    }

    private static async Task<ItemRecord> EnterAsync(WorkItem item, ItemRecord record, PhaseReading reading, GatesConfig config, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        var target = reading.Phase!;
        // The phase left: the current one, or (after its label was removed) the last one entered.
        var from = record.Phase is { } current
            ? record.PhaseHistory.LastOrDefault(h => h.Phase == current) ?? new PhaseChange(current, record.TrackerUpdatedAt)
            : record.PhaseHistory.LastOrDefault();
        var gate = config.GateFor(target);
        var at = item.UpdatedAt;
        var result = GateEvaluator.Evaluate(gate, config, new GateContext(item, record.Score?.Score, target, from, at));
        var revert = result.Status == GateStatus.Failed && gate.Mode == GateMode.Block;

        var labels = item.Labels.ToList();
        await SetFailedLabelAsync(item, labels, result.Status, config, tracker, ct);

        var removed = new List<string>();
        if (revert)
        {
            await RemoveAsync(item, labels, config.Phase(target)!.Label, tracker, ct);
            if (from is not null && config.Phase(from.Phase) is { } previous && !labels.Contains(previous.Label, StringComparer.OrdinalIgnoreCase))
            {
                await tracker.AddLabelsAsync(item.Key, [previous.Label], ct);
                labels.Add(previous.Label);
            }
        }
        else
        {
            foreach (var other in reading.OtherLabels)
            {
                await RemoveAsync(item, labels, other, tracker, ct);
                removed.Add(other);
            }
        }

        var attempt = new GateAttempt(target, from, at, revert, removed);
        record = await UpsertCommentAsync(item, record, result, attempt, gate, config, tracker, store, now, ct);
        return record with
        {
            Labels = labels,
            Phase = revert ? from?.Phase : target,
            PhaseHistory = revert ? record.PhaseHistory : [.. record.PhaseHistory, new PhaseChange(target, at)],
            GateStatus = result.Status.Name(),
            Gate = attempt,
        };
    }

    /// <summary>Re-checks the last gate while it is failed or conditional: the comment follows, the label follows a status change, nothing is reverted.</summary>
    private static async Task<ItemRecord> RecheckAsync(WorkItem item, ItemRecord record, GatesConfig config, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        if (record.Gate is not { } attempt || record.GateStatus is not ("failed" or "conditional") || config.Phase(attempt.Phase) is null)
        {
            return record;
        }

        var gate = config.GateFor(attempt.Phase);
        var result = GateEvaluator.Evaluate(gate, config, new GateContext(item, record.Score?.Score, attempt.Phase, attempt.From, attempt.MeasuredAt(item.UpdatedAt)));
        var labels = item.Labels.ToList();
        if (result.Status.Name() != record.GateStatus)
        {
            await SetFailedLabelAsync(item, labels, result.Status, config, tracker, ct);
        }

        record = await UpsertCommentAsync(item, record, result, attempt, gate, config, tracker, store, now, ct);
        return record with { Labels = labels, GateStatus = result.Status.Name() };
    }

    private static async Task SetFailedLabelAsync(WorkItem item, List<string> labels, GateStatus status, GatesConfig config, ITracker tracker, CancellationToken ct)
    {
        var has = item.HasLabel(config.FailedLabel);
        if (status == GateStatus.Failed && !has)
        {
            await tracker.AddLabelsAsync(item.Key, [config.FailedLabel], ct);
            labels.Add(config.FailedLabel);
        }
        else if (status != GateStatus.Failed && has)
        {
            await RemoveAsync(item, labels, config.FailedLabel, tracker, ct);
        }
    }

    private static async Task RemoveAsync(WorkItem item, List<string> labels, string label, ITracker tracker, CancellationToken ct)
    {
        var present = labels.FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
        if (present is not null)
        {
            await tracker.RemoveLabelAsync(item.Key, present, ct);
            labels.Remove(present);
        }
    }

    private static Task<ItemRecord> UpsertCommentAsync(WorkItem item, ItemRecord record, GateResult result, GateAttempt attempt, GateDefinition gate, GatesConfig config, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        // An open gate with nothing to report writes no comment, unless one is already there to bring up to date.
        if (result.Criteria.Count == 0 && attempt.RemovedLabels.Count == 0 && record.CommentFor(Marker).Id is null)
        {
            return Task.FromResult(record);
        }

        var markdown = GateComment.Render(result, attempt, gate, config);
        return MarkedComments.UpsertAsync(item, record, new MarkedCommentContent(Marker, markdown), tracker, store, now, ct);
    }
}
