using System.Globalization;
using System.Text;

namespace ProductOps.Scoring;

/// <summary>Renders the single score comment. The text depends only on its arguments' content (no clock
/// readings appear in it), so an unchanged item renders the same text and costs no write.</summary>
public static class ScoreComment
{
    public static string Render(
        ScoreOutcome outcome, ScoreSnapshot? previous, DateTimeOffset? inputsChangedAt, DateTimeOffset now, ScoringConfig config)
    {
        var model = ModelCatalog.Find(outcome.Model) ?? ModelCatalog.Get(config.Model);
        var text = new StringBuilder();
        if (outcome is Scored scored)
        {
            text.Append("### Product Ops score: ").Append(Numbers.Format(scored.Score))
                .Append(" (").Append(MarkdownText.Code(scored.PriorityLabel)).Append(")\n\n")
                .Append("Model **").Append(model.Name).Append("**: ").Append(MarkdownText.Code(scored.Formula))
                .Append(", bucket **").Append(Escape(scored.Bucket)).Append("**.\n");
        }
        else if (outcome is NotScored notScored)
        {
            text.Append("### Product Ops score: needs scoring\n\n")
                .Append("Model **").Append(model.Name).Append("**: this item cannot be scored yet, so it carries the ")
                .Append(MarkdownText.Code(config.NeedsScoringLabel)).Append(" label.\n");
            AppendMissing(text, notScored, model, config);
            AppendList(text, "Problems", notScored.Problems);
        }

        AppendInputs(text, outcome.Inputs, config);
        EstimateComment.Append(text, outcome.Inputs, now, config);
        if (previous is not null)
        {
            ScoreChanges.Append(text, previous, ScoreSnapshot.From(outcome));
        }

        if (outcome is Scored && IsStale(inputsChangedAt, now, config))
        {
            text.Append("\n> [!WARNING]\n> **Stale estimate:** the inputs last changed on ")
                .Append(inputsChangedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(", more than ").Append(config.StaleAfterDays.ToString(CultureInfo.InvariantCulture))
                .Append(" days ago. Check them and update the labels or fields if they moved.\n");
        }

        return text.ToString();
    }

    public static bool IsStale(DateTimeOffset? inputsChangedAt, DateTimeOffset now, ScoringConfig config) =>
        config.StaleAfterDays > 0 && inputsChangedAt is { } changed && now - changed > TimeSpan.FromDays(config.StaleAfterDays);

    private static void AppendMissing(StringBuilder text, NotScored outcome, ModelDefinition model, ScoringConfig config)
    {
        var hints = outcome.Missing.Select(name =>
        {
            var input = model.Inputs.FirstOrDefault(i => i.Name == name);
            if (input is null)
            {
                return $"**{Escape(name)}**";
            }

            var source = config.SourceFor(model.Model, input);
            var field = source.Field.Length > 0 ? $", or fill in the {MarkdownText.Code(source.Field)} field" : "";
            return $"**{input.Name}**: add a label such as {MarkdownText.Code(source.LabelPrefix + input.Example)} " +
                   $"({input.Scale.Describe(config)}; {input.Meaning}){field}.";
        });
        AppendList(text, "Missing", hints.ToList());
    }

    private static void AppendList(StringBuilder text, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append("\n**").Append(title).Append("**\n\n");
        foreach (var item in items)
        {
            text.Append("- ").Append(item.Replace('\n', ' ')).Append('\n');
        }
    }

    private static void AppendInputs(StringBuilder text, IReadOnlyList<ScoreInput> inputs, ScoringConfig config)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        text.Append("\n| Input | Value | Source |\n| --- | --- | --- |\n");
        foreach (var input in inputs)
        {
            var source = $"{input.Via} {MarkdownText.Code(input.Origin)}";
            if (input.Overruled is { } other)
            {
                source += $", over {other.Via} {MarkdownText.Code(other.Origin)} ({MarkdownText.Code(other.Raw)})";
            }

            text.Append("| ").Append(MarkdownText.Cell(Escape(input.Name)))
                .Append(" | ").Append(MarkdownText.Cell(Escape(input.Display)))
                .Append(" | ").Append(MarkdownText.Cell(source)).Append(" |\n");
        }

        if (inputs.Any(i => i.Overruled is not null && i.Kind == InputSourceKind.Estimate))
        {
            text.Append("\nTeam estimates win over labels and fields.\n");
        }

        if (inputs.Any(i => i.Via == BoardInput.Via || i.Overruled?.Via == BoardInput.Via))
        {
            text.Append('\n').Append(BoardPrecedence.Sentence(config)).Append('\n');
        }
        else if (inputs.Any(i => i.Overruled is not null && i.Kind != InputSourceKind.Estimate))
        {
            text.Append("\nWhere a label and a field disagree, the ")
                .Append(config.Precedence == SourcePrecedence.Label ? "label" : "field")
                .Append(" wins (`scoring.precedence`).\n");
        }
    }

    /// <summary>Names and displays come from the model catalog and scales; escape anyway in case a size name is unusual.</summary>
    internal static string Escape(string text) => text.Replace("@", "@\u200B", StringComparison.Ordinal);
}
