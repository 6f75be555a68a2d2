using ProductOps.Gates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Plans a phase gate's check when a phase label is added, and the re-check of a failed or conditional
/// gate when the item changes: one gate comment, the failed-gate label, and in block mode one revert.
/// </summary>
/// <remarks>
/// Loop safety: the revert and label writes are planned only when a phase is entered or a gate's status
/// changes, never because a label snapshot differs. The app's own label events arrive with snapshots
/// taken between its writes; they enter no phase (see <see cref="PhaseReading"/>) and re-check to the
/// same result, so they plan no writes. The failed-gate label comes before the revert so every later
/// snapshot already carries it.
/// </remarks>
internal static class GatePlanner
{
    public const string Marker = "gate";

    /// <param name="item">The item with the labels as scoring left them.</param>
    public static ItemRecord Plan(ItemEvent ev, WorkItem item, ItemRecord record, GatesConfig config, List<PlannedWrite> writes)
    {
        var reading = PhaseReading.Read(config, item.Labels, record.Phase, ev.AddedLabels, ev.RemovedLabels);
        switch (reading.Move)
        {
            case PhaseMove.Enter:
                return Enter(item, record, reading, config, writes);
            case PhaseMove.Leave:
                record = record with { Phase = null };
                break;
        }

        return Recheck(item, record, config, writes);
    }

    private static ItemRecord Enter(WorkItem item, ItemRecord record, PhaseReading reading, GatesConfig config, List<PlannedWrite> writes)
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
        SetFailedLabel(item, labels, result.Status, config, writes);

        var removed = new List<string>();
        if (revert)
        {
            Remove(labels, config.Phase(target)!.Label, writes);
            if (from is not null && config.Phase(from.Phase) is { } previous && !labels.Contains(previous.Label, StringComparer.OrdinalIgnoreCase))
            {
                writes.Add(new LabelWrite(previous.Label, Add: true));
                labels.Add(previous.Label);
            }
        }
        else
        {
            foreach (var other in reading.OtherLabels)
            {
                Remove(labels, other, writes);
                removed.Add(other);
            }
        }

        var attempt = new GateAttempt(target, from, at, revert, removed);
        PlanComment(record, result, attempt, gate, config, writes);
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
    private static ItemRecord Recheck(WorkItem item, ItemRecord record, GatesConfig config, List<PlannedWrite> writes)
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
            SetFailedLabel(item, labels, result.Status, config, writes);
        }

        PlanComment(record, result, attempt, gate, config, writes);
        return record with { Labels = labels, GateStatus = result.Status.Name() };
    }

    private static void SetFailedLabel(WorkItem item, List<string> labels, GateStatus status, GatesConfig config, List<PlannedWrite> writes)
    {
        var has = item.HasLabel(config.FailedLabel);
        if (status == GateStatus.Failed && !has)
        {
            writes.Add(new LabelWrite(config.FailedLabel, Add: true));
            labels.Add(config.FailedLabel);
        }
        else if (status != GateStatus.Failed && has)
        {
            Remove(labels, config.FailedLabel, writes);
        }
    }

    private static void Remove(List<string> labels, string label, List<PlannedWrite> writes)
    {
        var present = labels.FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
        if (present is not null)
        {
            writes.Add(new LabelWrite(present, Add: false));
            labels.Remove(present);
        }
    }

    private static void PlanComment(ItemRecord record, GateResult result, GateAttempt attempt, GateDefinition gate, GatesConfig config, List<PlannedWrite> writes)
    {
        // An open gate with nothing to report writes no comment, unless one is already there to bring up to date.
        if (result.Criteria.Count == 0 && attempt.RemovedLabels.Count == 0 && record.CommentFor(Marker).Id is null)
        {
            return;
        }

        ScorePlanner.PlanComment(record, new MarkedCommentContent(Marker, GateComment.Render(result, attempt, gate, config)), writes);
    }
}
