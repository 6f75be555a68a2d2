using ProductOps.Configuration;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// Once an item has been live for <see cref="OutcomesConfig.AskAfterLiveDays"/> days and has no measured
/// outcome, one comment (marker <c>outcome-prompt</c>) asks for it. It is checked whenever an event for the
/// item is processed, and written once: never edited, never repeated.
/// </summary>
public static class OutcomePrompt
{
    public const string Marker = "outcome-prompt";

    /// <summary>The comment to post now, or null when it is not time, not needed, or already posted.</summary>
    public static MarkedCommentContent? Plan(ItemRecord record, ProductOpsConfig config, DateTimeOffset now)
    {
        var outcomes = config.Outcomes;
        if (outcomes.AskAfterLiveDays == 0 || record.Outcome is not null || record.CommentFor(Marker) != CommentRecord.None ||
            !string.Equals(record.Phase, outcomes.LivePhase, StringComparison.OrdinalIgnoreCase) ||
            record.PhaseHistory.LastOrDefault(p => string.Equals(p.Phase, outcomes.LivePhase, StringComparison.OrdinalIgnoreCase)) is not { } live)
        {
            return null;
        }
        var days = (int)(now - live.EnteredAt).TotalDays;
        if (days < outcomes.AskAfterLiveDays)
        {
            return null;
        }

        var goal = record.Goal is { } id ? outcomes.Find(id) : null;
        var against = goal is null
            ? "It is not linked to a goal yet (add a `" + outcomes.LabelPrefix + "<goal>` label), so describe what changed for users."
            : $"Its goal is **{MarkdownText.Plain(goal.Title, 120)}**, measured by {MarkdownText.Plain(goal.Kpi.Name, 80)} " +
              $"(baseline {Value(goal.Baseline, goal.Kpi.Unit)}, target {Value(goal.Target, goal.Kpi.Unit)} by {goal.TargetDate:yyyy-MM-dd}).";
        var model = ModelCatalog.All.FirstOrDefault(m => m.Model == config.Scoring.Model)?.Name ?? "score";
        var estimate = record.Score?.Score is { } score ? $" Its estimated value was {model} {Figures.Number(score)}." : "";
        var text = $"This item has been live since {live.EnteredAt:yyyy-MM-dd} ({days} days). What did it achieve? {against}{estimate}\n\n" +
            "Answer with `/outcome <text or number>`, for example `/outcome 4.5` or `/outcome support tickets down a third`; " +
            "it is shown on the roadmap beside the estimate (docs/outcomes.md).\n";
        return new MarkedCommentContent(Marker, text);
    }

    private static string Value(double value, string unit) => Figures.WithUnit(value, unit);
}
