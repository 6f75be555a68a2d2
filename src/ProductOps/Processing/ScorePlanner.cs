using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Plans an item's priority label, score field and score comment from its current inputs, only where
/// the item shows something else. Run on the app's own label events it plans nothing, so no loops.
/// </summary>
internal static class ScorePlanner
{
    public const string Marker = "score";

    public static ItemRecord Plan(WorkItem item, ItemRecord record, ScoringConfig config, DateTimeOffset now, List<PlannedWrite> writes)
    {
        // The model's score from the item's inputs, and its priority bucket: the first bucket whose minimum the
        // score reaches (scoring.buckets, else ModelDefinition.DefaultBuckets: for RICE P1 from 1000, P2 from 300,
        // P3 from 100, else P4; docs/configuration.md#buckets); NotScored when an input is missing or bad.
        var outcome = ScoreCalculator.Evaluate(item, config, record.Estimates);
        var snapshot = ScoreSnapshot.From(outcome);
        // The previous score stays in the comment until the score changes again, so an unchanged
        // item always renders the same text and costs no edit.
        var previous = record.Score is not null && !record.Score.SameAs(snapshot) ? record.Score : record.PreviousScore;
        var inputsChangedAt = record.Score is null || !record.Score.SameInputs(snapshot) ? item.UpdatedAt : record.InputsChangedAt ?? item.UpdatedAt;

        var desired = DesiredLabel(outcome, config);
        var labels = PlanLabels(item, record.AppLabels, desired, config, writes);
        PlanScoreField(item, outcome, config, writes);
        PlanComment(record, new MarkedCommentContent(Marker, ScoreComment.Render(outcome, previous, inputsChangedAt, now, config)), writes);

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

    /// <summary>A marked comment is written unless the index knows it already shows this text.</summary>
    public static void PlanComment(ItemRecord record, MarkedCommentContent content, List<PlannedWrite> writes)
    {
        if (record.CommentFor(content.Marker) is not { Id: not null } known || known.ContentHash != content.ContentHash)
        {
            writes.Add(new CommentWrite(content));
        }
    }

    private static string DesiredLabel(ScoreOutcome outcome, ScoringConfig config) =>
        outcome is Scored scored ? scored.PriorityLabel : config.NeedsScoringLabel;

    /// <summary>
    /// Writes the score into the configured number field (<c>scoring.score-field</c>) only when the item
    /// shows another value, and clears it when there is no score: never a fake 0. The value is rounded
    /// as the comment shows it, so the tracker echoing it back compares equal.
    /// </summary>
    private static void PlanScoreField(WorkItem item, ScoreOutcome outcome, ScoringConfig config, List<PlannedWrite> writes)
    {
        if (config.ScoreField is not { } field)
        {
            return;
        }

        double? desired = outcome is Scored scored ? Math.Round(scored.Score, 3, MidpointRounding.AwayFromZero) : null;
        var wanted = InputResolver.NormalizeName(field);
        var text = item.Fields.FirstOrDefault(f => InputResolver.NormalizeName(f.Key) == wanted).Value;
        double? current = text is not null && Numbers.TryParse(text, out var value) ? value : null;
        if (!BoardPlanner.Same(current, desired))
        {
            writes.Add(new FieldWrite(field, desired));
        }
    }

    /// <summary>
    /// Removes stale labels first, then adds the desired one: each only if needed. Stale ones are the current
    /// configuration's scoring labels the event shows, and every label the app itself left last time (the event
    /// may predate them), even one the current configuration no longer knows: a needs-scoring label or bucket
    /// prefix from before a configuration change. A label a person added outside the current scoring labels stays.
    /// </summary>
    private static IReadOnlyList<string> PlanLabels(WorkItem item, IReadOnlyList<string> leftByApp, string desired, ScoringConfig config, List<PlannedWrite> writes)
    {
        var managed = new HashSet<string>(config.PriorityLabels, StringComparer.OrdinalIgnoreCase) { config.NeedsScoringLabel };
        var labels = item.Labels.ToList();
        var stale = item.Labels.Where(managed.Contains).Concat(leftByApp).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(l => !string.Equals(l, desired, StringComparison.OrdinalIgnoreCase));
        foreach (var label in stale)
        {
            writes.Add(new LabelWrite(label, Add: false));
            labels.RemoveAll(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
        }
        if (!item.HasLabel(desired))
        {
            writes.Add(new LabelWrite(desired, Add: true));
            labels.Add(desired);
        }
        return labels;
    }
}
