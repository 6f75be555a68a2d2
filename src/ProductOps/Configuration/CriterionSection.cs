using ProductOps.Gates;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of a gate's <c>criteria</c> list: each entry is a map with exactly one kind key
/// (<c>all-labels</c>, <c>any-label</c>, <c>no-labels</c>, <c>score</c>, <c>checklist</c>,
/// <c>min-days-in-previous-phase</c>, <c>skipping</c>) and optionally <c>description</c> and <c>required</c>.
/// </summary>
internal static class CriterionSection
{
    private const int MaxCriteria = 20;
    private const int MaxEntries = 20;
    private static readonly string[] Kinds = ["all-labels", "any-label", "no-labels", "score", "checklist", "min-days-in-previous-phase", "skipping"];
    private static readonly (string, bool)[] Booleans = [("true", true), ("false", false)];
    private static readonly (string, bool)[] Skipping = [("forbidden", true)];

    public static IReadOnlyList<GateCriterion>? ReadAll(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        if (list.Items.Count > MaxCriteria)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {list.Items.Count} criteria.", $"at most {MaxCriteria} criteria (an empty list lets every item in)");
            return null;
        }

        var criteria = list.Items.Select((item, index) => Read(item, reader, $"{keyPath}[{index}]")).ToList();
        return criteria.All(c => c is not null) ? criteria.Select(c => c!).ToList() : null;
    }

    private static GateCriterion? Read(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        GateCriterion? criterion = null;
        string? description = null;
        var required = true;
        var valid = true;
        void Kind(GateCriterion? read) => (criterion, valid) = (read, valid && read is not null);

        reader.Keys(map, keyPath,
            ("all-labels", (n, p) => Kind(Texts(n, reader, p, 50) is { } labels ? new LabelsRequired(labels, AnyOf: false) : null)),
            ("any-label", (n, p) => Kind(Texts(n, reader, p, 50) is { } labels ? new LabelsRequired(labels, AnyOf: true) : null)),
            ("no-labels", (n, p) => Kind(Texts(n, reader, p, 50) is { } labels ? new LabelsForbidden(labels) : null)),
            ("score", (n, p) => Kind(Score(n, reader, p))),
            ("checklist", (n, p) => Kind(Texts(n, reader, p, 200) is { } items ? new ChecklistTicked(items) : null)),
            ("min-days-in-previous-phase", (n, p) => Kind(reader.Number(n, p, 0, 3650, wholeNumber: false, "a number of days from 0 to 3650", out var days) ? new MinimumDaysInPreviousPhase(days) : null)),
            ("skipping", (n, p) => Kind(reader.Choice(n, p, Skipping, out _) ? new NoSkipping() : null)),
            ("description", (n, p) => { if (reader.Text(n, p, 200, out var text)) description = text; else valid = false; }),
            ("required", (n, p) => { if (reader.Choice(n, p, Booleans, out var value)) required = value; else valid = false; }));

        var kinds = map.Entries.Where(e => Kinds.Contains(e.Key.Value)).ToList();
        if (kinds.Count != 1)
        {
            reader.Error(kinds.Count == 0 ? map : kinds[1].Key,
                kinds.Count == 0 ? $"{ConfigReader.Code(keyPath)} says nothing to check." : $"{ConfigReader.Code(keyPath)} has more than one kind of check.",
                "exactly one of " + string.Join(", ", Kinds.Select(ConfigReader.Code)) + " per criterion");
            return null;
        }

        return valid && criterion is not null ? criterion with { Description = description, Required = required } : null;
    }

    /// <summary><c>present</c>, or the minimum score.</summary>
    private static ScoreRequired? Score(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (node is YamlScalar { Value: var text } && string.Equals(text, "present", StringComparison.OrdinalIgnoreCase))
        {
            return new ScoreRequired(null);
        }

        return reader.Number(node, keyPath, 0, 1e15, wholeNumber: false, "`present`, or a minimum score from 0 to 1e15", out var min)
            ? new ScoreRequired(min) : null;
    }

    private static IReadOnlyList<string>? Texts(YamlNode node, ConfigReader reader, string keyPath, int maxLength)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        if (list.Items.Count is 0 or > MaxEntries)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {list.Items.Count} entries.", $"a list of 1 to {MaxEntries} entries");
            return null;
        }

        var texts = new List<string>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            if (!reader.Text(list.Items[index], $"{keyPath}[{index}]", maxLength, out var text))
            {
                return null;
            }
            texts.Add(text.Trim());
        }

        return texts;
    }
}
