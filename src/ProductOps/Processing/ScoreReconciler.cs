using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Brings an item's priority label and score comment in line with its current inputs, writing
/// only the difference. Run on the app's own label events it finds nothing to do, so no loops.
/// </summary>
internal static class ScoreReconciler
{
    public const string Marker = "score";

    public static async Task<ItemRecord> ApplyAsync(WorkItem item, ItemRecord record, ScoringConfig config, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        var outcome = ScoreCalculator.Evaluate(item, config, record.Estimates);
        var snapshot = ScoreSnapshot.From(outcome);
        // The previous score stays in the comment until the score changes again, so an unchanged
        // item always renders the same text and costs no edit.
        var previous = record.Score is not null && !record.Score.SameAs(snapshot) ? record.Score : record.PreviousScore;
        var inputsChangedAt = record.Score is null || !record.Score.SameInputs(snapshot) ? item.UpdatedAt : record.InputsChangedAt ?? item.UpdatedAt;

        var desired = DesiredLabel(outcome, config);
        var labels = await ReconcileLabelsAsync(item, record.AppLabels, desired, config, tracker, ct);
        await ReconcileScoreFieldAsync(item, outcome, config, tracker, ct);

        var markdown = ScoreComment.Render(outcome, previous, inputsChangedAt, now, config);
        record = await MarkedComments.UpsertAsync(item, record, new MarkedCommentContent(Marker, markdown), tracker, store, now, ct);

        return record with
        {
            Labels = labels,
            // Only a label the app itself put there is the app's to take away later; one a person added is not.
            AppLabels = !item.HasLabel(desired) || record.AppLabels.Contains(desired, StringComparer.OrdinalIgnoreCase) ? [desired] : [],
            Score = snapshot,
            PreviousScore = previous,
            Priority = outcome is Scored scored ? scored.PriorityLabel : null,
            InputsChangedAt = inputsChangedAt,
        };
    }

    private static string DesiredLabel(ScoreOutcome outcome, ScoringConfig config) =>
        outcome is Scored scored ? scored.PriorityLabel : config.NeedsScoringLabel;

    /// <summary>
    /// Writes the score into the configured number field (<c>scoring.score-field</c>) only when the item
    /// shows another value, and clears it when there is no score: never a fake 0. The value is rounded
    /// as the comment shows it, so the tracker echoing it back compares equal.
    /// </summary>
    private static async Task ReconcileScoreFieldAsync(WorkItem item, ScoreOutcome outcome, ScoringConfig config, ITracker tracker, CancellationToken ct)
    {
        if (config.ScoreField is not { } field)
        {
            return;
        }

        double? desired = outcome is Scored scored ? Math.Round(scored.Score, 3, MidpointRounding.AwayFromZero) : null;
        var wanted = InputResolver.NormalizeName(field);
        var text = item.Fields.FirstOrDefault(f => InputResolver.NormalizeName(f.Key) == wanted).Value;
        double? current = text is not null && Numbers.TryParse(text, out var value) ? value : null;
        var same = (current, desired) switch
        {
            (null, null) => true,
            ({ } c, { } d) => Math.Abs(c - d) < 0.0005,
            _ => false,
        };
        if (!same)
        {
            await tracker.SetNumberFieldAsync(item.Key, field, desired, ct);
        }
    }

    /// <summary>
    /// Removes stale labels first, then adds the desired one: each only if needed. Stale ones are the current
    /// configuration's scoring labels the event shows, and every label the app itself left last time (the event
    /// may predate them), even one the current configuration no longer knows: a needs-scoring label or bucket
    /// prefix from before a configuration change. A label a person added outside the current scoring labels stays.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ReconcileLabelsAsync(WorkItem item, IReadOnlyList<string> leftByApp, string desired, ScoringConfig config, ITracker tracker, CancellationToken ct)
    {
        var managed = new HashSet<string>(config.PriorityLabels, StringComparer.OrdinalIgnoreCase) { config.NeedsScoringLabel };
        var labels = item.Labels.ToList();
        var stale = item.Labels.Where(managed.Contains).Concat(leftByApp).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(l => !string.Equals(l, desired, StringComparison.OrdinalIgnoreCase));
        foreach (var label in stale)
        {
            await tracker.RemoveLabelAsync(item.Key, label, ct);
            labels.RemoveAll(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
        }
        if (!item.HasLabel(desired))
        {
            await tracker.AddLabelsAsync(item.Key, [desired], ct);
            labels.Add(desired);
        }
        return labels;
    }
}
