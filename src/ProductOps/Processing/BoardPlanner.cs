using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Plans the score in the project's number field and the priority in its single-select field
/// (<c>scoring.project.score-field</c>, <c>priority-field</c>), each only when the card shows another
/// value: an unchanged item plans no mutation, and the app's own field edit, delivered back as a
/// <c>projects_v2_item.edited</c>, finds nothing to do.
/// </summary>
internal static class BoardPlanner
{
    public static void Plan(WorkItem item, ScoringConfig config, List<PlannedWrite> writes)
    {
        if (item.Board is not { } card)
        {
            return;
        }
        var outcome = ScoreCalculator.Evaluate(item, config);
        if (config.Board.ScoreField is { } scoreName && card.Field(scoreName) is { Kind: BoardFieldKind.Number } scoreField)
        {
            // Rounded as the comment shows it, so the value GitHub echoes back compares equal.
            double? desired = outcome is Scored scored ? Math.Round(scored.Score, 3, MidpointRounding.AwayFromZero) : null;
            double? current = card.Value(scoreField.Name) is { } text && Numbers.TryParse(text, out var value) ? value : null;
            if (!Same(current, desired))
            {
                writes.Add(new BoardFieldWrite(card, scoreField, desired, null));
            }
        }
        if (config.Board.PriorityField is { } priorityName && card.Field(priorityName) is { Kind: BoardFieldKind.SingleSelect } priorityField)
        {
            var desired = DesiredOption(outcome, config, priorityField);
            if (!string.Equals(card.Value(priorityField.Name), desired?.Name, StringComparison.Ordinal))
            {
                writes.Add(new BoardFieldWrite(card, priorityField, null, desired));
            }
        }
    }

    /// <summary>
    /// The option named like the bucket ("High") or its label ("priority:high", "high"); with no score,
    /// the option named like the needs-scoring label, or none (the field is cleared).
    /// </summary>
    internal static BoardOption? DesiredOption(ScoreOutcome outcome, ScoringConfig config, BoardField field)
    {
        IEnumerable<string> names = outcome is Scored scored
            ? [scored.Bucket, scored.PriorityLabel, scored.PriorityLabel[(scored.PriorityLabel.IndexOf(':') + 1)..]]
            : [config.NeedsScoringLabel];
        var wanted = names.Select(InputResolver.NormalizeName).ToHashSet();
        return field.Options.FirstOrDefault(o => wanted.Contains(InputResolver.NormalizeName(o.Name)));
    }

    /// <summary>Equal as the comment shows them (three decimals), or both empty.</summary>
    internal static bool Same(double? current, double? desired) => (current, desired) switch
    {
        (null, null) => true,
        ({ } c, { } d) => Math.Abs(c - d) < 0.0005,
        _ => false,
    };
}
