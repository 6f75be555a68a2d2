using System.Text;

namespace ProductOps.Scoring;

/// <summary>
/// The answer to <c>/score explain</c>: each input with its value and where it came from, the model's formula
/// in words and with the numbers, and the precedence rule. User text appears only in code spans.
/// </summary>
public static class ScoreExplanation
{
    public static string Render(ScoreOutcome outcome, ScoringConfig config)
    {
        var model = ModelCatalog.Find(outcome.Model) ?? ModelCatalog.Get(config.Model);
        var text = new StringBuilder("**Score breakdown**, model **").Append(model.Name).Append("**: ")
            .Append(MarkdownText.Code(Formula(model, config.IceMode))).Append("\n\n| Input | Value | Source |\n| --- | --- | --- |\n");
        foreach (var definition in model.Inputs)
        {
            var input = outcome.Inputs.FirstOrDefault(i => i.Name == definition.Name);
            var source = input is null ? "missing" : Source(input);
            text.Append("| ").Append(definition.Name).Append(" | ")
                .Append(MarkdownText.Cell(input is null ? "—" : ScoreComment.Escape(input.Display))).Append(" | ")
                .Append(MarkdownText.Cell(source)).Append(" |\n");
        }

        text.Append('\n').Append(outcome switch
        {
            Scored scored => $"{MarkdownText.Code(scored.Formula)}, bucket **{ScoreComment.Escape(scored.Bucket)}** ({MarkdownText.Code(scored.PriorityLabel)}).",
            NotScored notScored => $"No score yet: {(notScored.Missing.Count > 0 ? "missing " + string.Join(", ", notScored.Missing) : "an input is not valid")} (see the score comment).",
            _ => "",
        });
        return text.Append("\n\nWhere inputs come from: team estimates first (their median), then ")
            .Append(config.Precedence == SourcePrecedence.Label ? "labels, then fields" : "fields, then labels")
            .Append(" (`scoring.precedence`).\n").ToString();
    }

    private static string Source(ScoreInput input)
    {
        var source = input.Kind == InputSourceKind.Estimate
            ? $"{input.Via} " + string.Join(", ", input.Estimates.Select(e => MarkdownText.Code(e.Author, 60)))
            : $"{input.Via} {MarkdownText.Code(input.Origin)}";
        if (input.Overruled is { } other)
        {
            source += $", over {other.Via} {MarkdownText.Code(other.Origin)} ({MarkdownText.Code(other.Raw)})";
        }
        return input.EstimatesDisagree ? source + "; **estimates disagree**" : source;
    }

    /// <summary>The formula in words (DESIGN.md, "Scoring formulas").</summary>
    internal static string Formula(ModelDefinition model, IceMode iceMode) =>
        $"{model.Name} = {ScoreCalculator.Expression(model, iceMode, model.Inputs.Select(i => i.Name).ToArray())}";
}
