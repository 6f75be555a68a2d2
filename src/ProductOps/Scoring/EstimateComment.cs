using System.Globalization;
using System.Text;

namespace ProductOps.Scoring;

/// <summary>
/// The "Team estimates" part of the score comment: each estimate with its author and date, stale ones
/// marked, and a warning where they disagree. Authors are code spans, so nobody is @-mentioned.
/// </summary>
internal static class EstimateComment
{
    public static void Append(StringBuilder text, IReadOnlyList<ScoreInput> inputs, DateTimeOffset now, ScoringConfig config)
    {
        var estimated = inputs.Where(i => i.Estimates.Count > 0).ToList();
        if (estimated.Count == 0)
        {
            return;
        }

        text.Append("\n**Team estimates** (`/estimate <input> <value>`; several people's estimates give their median)\n\n");
        foreach (var input in estimated)
        {
            var each = input.Estimates.Select(e =>
            {
                var stale = config.StaleAfterDays > 0 && now - e.At > TimeSpan.FromDays(config.StaleAfterDays) ? ", **stale**" : "";
                return $"{MarkdownText.Code(e.Raw, 40)} by {MarkdownText.Code(e.Author, 60)} ({Date(e.At)}{stale})";
            });
            text.Append("- **").Append(input.Name).Append("**: ").Append(string.Join("; ", each)).Append('\n');
        }

        var disagreeing = estimated.Where(i => i.EstimatesDisagree).Select(i => $"**{i.Name}**").ToList();
        if (disagreeing.Count > 0)
        {
            text.Append("\n> [!WARNING]\n> **Estimates disagree: discuss before committing.** ")
                .Append(string.Join(", ", disagreeing))
                .Append(": the largest estimate is more than ").Append(Numbers.Format(config.Estimates.DisagreeRatio))
                .Append(" times the smallest (`scoring.estimates.disagree-ratio`).");
            if (config.Model == ScoringModel.Rice && config.Estimates.ConfidenceStep > 0)
            {
                text.Append(" Confidence is lowered by ").Append(Numbers.Format(config.Estimates.ConfidenceStep * 100))
                    .Append(" points until they agree.");
            }
            text.Append('\n');
        }

        if (estimated.Any(i => i.Estimates.Any(e => config.StaleAfterDays > 0 && now - e.At > TimeSpan.FromDays(config.StaleAfterDays))))
        {
            text.Append("\nEstimates older than ").Append(config.StaleAfterDays.ToString(CultureInfo.InvariantCulture))
                .Append(" days are stale: estimate again to refresh them.\n");
        }
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
