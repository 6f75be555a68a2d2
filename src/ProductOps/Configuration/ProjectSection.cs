using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of <c>scoring.project:</c> (docs/projects.md): <c>number</c>, <c>fields</c> (input key to
/// project field name), <c>score-field</c> and <c>priority-field</c>.
/// </summary>
internal static class ProjectSection
{
    public static BoardConfig Apply(BoardConfig board, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return board;
        }

        var result = board;
        reader.Keys(map, keyPath,
            ("number", (n, p) =>
            {
                if (reader.Number(n, p, 1, int.MaxValue, wholeNumber: true, "the project's number, as in github.com/orgs/ORG/projects/NUMBER", out var number))
                {
                    result = result with { Number = (int)number };
                }
            }),
            ("fields", (n, p) => result = result with { Inputs = Inputs(result.Inputs, n, reader, p) }),
            ("score-field", (n, p) => { if (reader.Text(n, p, 100, out var field)) result = result with { ScoreField = field }; }),
            ("priority-field", (n, p) => { if (reader.Text(n, p, 100, out var field)) result = result with { PriorityField = field }; }));
        return result;
    }

    /// <summary>Keys are the input keys of any model (reach, impact, confidence, effort, value, ...): the active model reads the ones it has.</summary>
    private static IReadOnlyDictionary<string, string> Inputs(IReadOnlyDictionary<string, string> current, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return current;
        }

        var known = ModelCatalog.All.SelectMany(m => m.Inputs).Select(i => i.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inputs = new Dictionary<string, string>(current, StringComparer.OrdinalIgnoreCase);
        reader.Keys(map, keyPath, known.Order(StringComparer.Ordinal).Select(key => (key, (Action<YamlNode, string>)((n, p) =>
        {
            if (reader.Text(n, p, 100, out var field))
            {
                inputs[key] = field;
            }
        }))).ToArray());
        return inputs;
    }
}
