using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>scoring:</c> (docs/configuration.md): reads one layer's section over the config merged so far.</summary>
internal static class ScoringSection
{
    private static readonly (string, ScoringModel)[] Models = ModelCatalog.All.Select(m => (m.Key, m.Model)).ToArray();
    private static readonly (string, SourcePrecedence)[] Precedences = [("label", SourcePrecedence.Label), ("field", SourcePrecedence.Field)];

    public static ScoringConfig Apply(ScoringConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        var result = config;
        var schema = new List<(string, Action<YamlNode, string>)>
        {
            ("model", (n, p) => { if (reader.Choice(n, p, Models, out var model)) result = result with { Model = model }; }),
            ("precedence", (n, p) => { if (reader.Choice(n, p, Precedences, out var rule)) result = result with { Precedence = rule }; }),
            ("needs-scoring-label", (n, p) => { if (reader.Text(n, p, 50, out var label)) result = result with { NeedsScoringLabel = label }; }),
            ("stale-after-days", (n, p) =>
            {
                if (reader.Number(n, p, 0, 3650, wholeNumber: true, "a whole number of days from 0 (never stale) to 3650", out var days))
                {
                    result = result with { StaleAfterDays = (int)days };
                }
            }),
            ("score-field", (n, p) => { if (reader.Text(n, p, 100, out var field)) result = result with { ScoreField = field }; }),
            ("estimates", (n, p) => result = result with { Estimates = EstimatesSection.Apply(result.Estimates, n, reader, p) }),
            ("project", (n, p) => result = result with { Board = ProjectSection.Apply(result.Board, n, reader, p) }),
            ("t-shirt-sizes", (n, p) => result = result with { TShirtSizes = TShirtSizes(result.TShirtSizes, n, reader, p) }),
        };
        foreach (var model in ModelCatalog.All)
        {
            schema.Add((model.Key, (n, p) => result = ModelSection.Apply(result, model, n, reader, p)));
        }

        reader.Keys(map, keyPath, [.. schema]);
        return result;
    }

    private static IReadOnlyDictionary<string, double> TShirtSizes(
        IReadOnlyDictionary<string, double> current, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return current;
        }

        var sizes = new Dictionary<string, double>(current, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Entries)
        {
            var size = key.Value.Trim();
            if (size.Length is 0 or > 10 || !size.All(char.IsAsciiLetterOrDigit) || Numbers.TryParse(size, out _))
            {
                reader.Error(key, $"{ConfigReader.Code(size)} is not usable as a t-shirt size.",
                    "a name of 1 to 10 letters or digits that is not a number, such as `XXL`");
                continue;
            }

            if (reader.Number(value, $"{keyPath}.{size}", 0.01, 1000, wholeNumber: false, "person-months from 0.01 to 1000", out var months))
            {
                sizes.Remove(size); // keeps the spelling of the newest layer
                sizes[size] = months;
            }
        }

        return sizes;
    }
}
