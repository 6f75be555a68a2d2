using System.Text;
using ProductOps.Scoring;

namespace ProductOps.Gates;

/// <summary>
/// The one gate comment per item: the result, every criterion with met or not, and what to do next.
/// Its text depends only on the gate result and the stored attempt (no clock, no event), so an
/// unchanged item renders the same text and costs no edit.
/// </summary>
public static class GateComment
{
    public static string Render(GateResult result, GateAttempt attempt, GateDefinition gate, GatesConfig config)
    {
        var phase = result.Phase;
        var label = MarkdownText.Code(config.Phase(phase)?.Label ?? phase);
        var text = new StringBuilder()
            .Append("### Phase gate: ").Append(phase).Append(" (").Append(result.Status.Name()).Append(")\n\n")
            .Append(Summary(result.Status, attempt, gate, config, label)).Append("\n\n");

        if (result.Criteria.Count > 0)
        {
            text.Append("| | Criterion | | Found |\n| --- | --- | --- | --- |\n");
            foreach (var criterion in result.Criteria)
            {
                text.Append("| ").Append(criterion.Met ? "✅ met" : criterion.Criterion.Required ? "❌ not met" : "⚠️ not met")
                    .Append(" | ").Append(MarkdownText.Cell(Describe(criterion.Criterion)))
                    .Append(" | ").Append(criterion.Criterion.Required ? "required" : "advisory")
                    .Append(" | ").Append(MarkdownText.Cell(criterion.Found)).Append(" |\n");
            }
            text.Append('\n');
        }

        var todo = result.Criteria.Where(c => c.ToDo is not null).OrderByDescending(c => c.Criterion.Required).ToList();
        if (todo.Count > 0)
        {
            text.Append("**What to do next**\n\n");
            foreach (var item in todo)
            {
                text.Append("- ").Append(Capitalize(item.ToDo!)).Append(item.Criterion.Required ? "" : " (advisory)").Append('\n');
            }
            text.Append('\n');
        }

        if (attempt.RemovedLabels.Count > 0)
        {
            text.Append("Removed ").Append(string.Join(", ", attempt.RemovedLabels.Select(l => MarkdownText.Code(l))))
                .Append(": an item is in one phase at a time, and the newest phase label wins.\n\n");
        }

        return text.Append("Product Ops checks again when the labels or the description change. See docs/gates.md.\n").ToString();
    }

    private static string Summary(GateStatus status, GateAttempt attempt, GateDefinition gate, GatesConfig config, string label)
    {
        var failed = MarkdownText.Code(config.FailedLabel);
        if (attempt.Reverted)
        {
            var restored = attempt.From is { } from && config.Phase(from.Phase) is { } previous
                ? $" and {MarkdownText.Code(previous.Label)} was restored" : "";
            return status == GateStatus.Failed
                ? $"The gate for **{attempt.Phase}** blocks entry until its required criteria are met, so {label} was removed{restored}. The item is labelled {failed}."
                : $"Every required criterion for **{attempt.Phase}** is now met. Add {label} again to enter {attempt.Phase}.";
        }

        return status switch
        {
            GateStatus.Passed => $"The item entered **{attempt.Phase}** ({label}) and meets every criterion.",
            GateStatus.Conditional => $"The item entered **{attempt.Phase}** ({label}) and meets every required criterion; advisory ones below are not met yet.",
            _ => $"The item entered **{attempt.Phase}** ({label}) without meeting every required criterion, so it is labelled {failed}." +
                 (gate.Mode == GateMode.Warn ? " This gate warns only; it does not undo the move." : ""),
        };
    }

    /// <summary>The configured description (escaped: it is repository text) or a sentence built from the criterion.</summary>
    public static string Describe(GateCriterion criterion) => criterion.Description is { } description
        ? MarkdownText.Plain(description)
        : criterion switch
        {
            LabelsRequired { AnyOf: false } all => "Labels " + string.Join(", ", all.Labels.Select(l => MarkdownText.Code(l))),
            LabelsRequired any => "One of the labels " + string.Join(", ", any.Labels.Select(l => MarkdownText.Code(l))),
            LabelsForbidden none => "None of the labels " + string.Join(", ", none.Labels.Select(l => MarkdownText.Code(l))),
            ScoreRequired { Min: { } min } => $"A score of at least {Numbers.Format(min)}",
            ScoreRequired => "A score",
            ChecklistTicked list => "Ticked in the description: " + string.Join(", ", list.Items.Select(i => MarkdownText.Code(i, 120))),
            MinimumDaysInPreviousPhase days => $"At least {Numbers.Format(days.Days)} day(s) in the previous phase",
            NoSkipping => "No phase skipped",
            _ => criterion.GetType().Name,
        };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
