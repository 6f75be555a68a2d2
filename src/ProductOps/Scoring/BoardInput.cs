using ProductOps.WorkItems;

namespace ProductOps.Scoring;

/// <summary>
/// Reads one input from the item's project card (<c>scoring.project.fields</c>): a number field's value
/// as a number, a single-select option's name through the input's scale, as a label's value would be
/// ("High" is impact 2, "M" one person-month). An invalid value is reported, never replaced by a guess.
/// </summary>
internal static class BoardInput
{
    public const string Via = "project field";

    public static InputResolver.Candidate? Read(WorkItem item, InputDefinition input, ScoringConfig config)
    {
        if (item.Board is not { } card || config.Board.FieldFor(input.Key) is not { } fieldName)
        {
            return null;
        }
        var raw = card.Value(fieldName)?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var origin = card.Field(fieldName)?.Name ?? fieldName;
        var value = input.Scale.Read(raw, config);
        if (value.IsValid)
        {
            return new InputResolver.Candidate(Via, origin, raw, value, []);
        }
        var problem = $"**{input.Name}**: the {Via} {MarkdownText.Code(origin)} on the board says {MarkdownText.Code(raw)}, " +
                      $"which is not valid: {value.Error}. Correct it on the board.";
        return new InputResolver.Candidate(Via, origin, raw, value, [problem]);
    }
}
