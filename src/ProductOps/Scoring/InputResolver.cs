using ProductOps.WorkItems;

namespace ProductOps.Scoring;

/// <summary>
/// Reads one declared input from a work item's labels and fields and applies the precedence rule:
/// the preferred source (label by default) decides when it is present, even when it is not valid, so a
/// broken explicit triage act is reported instead of silently replaced; the other source is used only
/// when the preferred one is absent.
/// </summary>
internal static class InputResolver
{
    private const string NoResponse = "_No response_"; // what GitHub writes for an empty issue-form section

    internal sealed record Resolved(ScoreInput? Input, IReadOnlyList<string> Problems)
    {
        public bool Missing => Input is null && Problems.Count == 0;
    }

    internal sealed record Candidate(string Via, string Origin, string Raw, ScaleValue Value, IReadOnlyList<string> Problems);

    public static Resolved Resolve(WorkItem item, ModelDefinition model, InputDefinition input, ScoringConfig config)
    {
        var source = config.SourceFor(model.Model, input);
        var label = FromLabels(item, input, source, config);
        var field = FromField(item, input, source, config);
        var board = BoardInput.Read(item, input, config);
        // A project field is a value the team keeps current on its board, so it ranks above the issue
        // form (filled once when the issue was opened) under either rule (docs/projects.md).
        Candidate?[] ordered = config.Precedence == SourcePrecedence.Label ? [label, board, field] : [board, field, label];

        var present = ordered.OfType<Candidate>().ToList();
        if (present.Count == 0)
        {
            return new Resolved(null, []);
        }

        var winner = present[0];
        if (winner.Problems.Count > 0)
        {
            return new Resolved(null, winner.Problems);
        }

        var loser = present.Skip(1).FirstOrDefault(c => c.Problems.Count > 0 || c.Value.Value != winner.Value.Value);
        var overruled = loser is not null ? new OverruledInput(loser.Via, loser.Origin, loser.Raw) : null;

        return new Resolved(
            new ScoreInput(input.Name, winner.Value.Value, winner.Value.Display, $"{winner.Via} {winner.Origin}")
            {
                Kind = winner.Via == "label" ? InputSourceKind.Label : InputSourceKind.Field,
                Via = winner.Via,
                Origin = winner.Origin,
                Overruled = overruled,
            },
            []);
    }

    private static Candidate? FromLabels(WorkItem item, InputDefinition input, InputSource source, ScoringConfig config)
    {
        var prefix = source.LabelPrefix;
        var labels = item.Labels
            .Where(l => prefix.Length > 0 && l.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (labels.Count == 0)
        {
            return null;
        }

        var read = labels.Select(l => (Label: l, Value: input.Scale.Read(l[prefix.Length..], config))).ToList();
        var example = MarkdownText.Code(prefix + input.Example);
        var problems = read
            .Where(r => !r.Value.IsValid)
            .Select(r => $"**{input.Name}**: the label {MarkdownText.Code(r.Label)} is not valid: {r.Value.Error}. " +
                         $"Replace it with one label such as {example}.")
            .ToList();

        var values = read.Where(r => r.Value.IsValid).DistinctBy(r => r.Value.Value).ToList();
        if (problems.Count == 0 && values.Count > 1)
        {
            var names = string.Join(" and ", values.Select(v => MarkdownText.Code(v.Label)));
            problems.Add($"**{input.Name}**: the labels {names} disagree. Keep only one of them.");
        }

        var chosen = read[0];
        return new Candidate("label", chosen.Label, chosen.Label[prefix.Length..].Trim(), chosen.Value, problems);
    }

    private static Candidate? FromField(WorkItem item, InputDefinition input, InputSource source, ScoringConfig config)
    {
        var wanted = NormalizeName(source.Field);
        var field = item.Fields.FirstOrDefault(f => wanted.Length > 0 && NormalizeName(f.Key) == wanted);
        var raw = field.Value?.Trim() ?? "";
        if (field.Key is null || raw.Length == 0 || raw == NoResponse)
        {
            return null;
        }

        var via = item.Key.Provider switch
        {
            "github" => "issue form field",
            "jira" => "Jira field",
            _ => "field",
        };
        var value = input.Scale.Read(raw, config);
        if (value.IsValid)
        {
            return new Candidate(via, field.Key, raw, value, []);
        }

        var orLabel = config.Precedence == SourcePrecedence.Label
            ? $", or add a label such as {MarkdownText.Code(source.LabelPrefix + input.Example)} (a label wins over the field)"
            : "";
        var problem = $"**{input.Name}**: the {via} {MarkdownText.Code(field.Key)} says {MarkdownText.Code(raw)}, " +
                      $"which is not valid: {value.Error}. Correct the field{orLabel}.";
        return new Candidate(via, field.Key, raw, value, [problem]);
    }

    /// <summary>Field names match ignoring case, spaces, hyphens and underscores: "Time criticality" = "time-criticality".</summary>
    internal static string NormalizeName(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
