using System.Globalization;
using ProductOps.Outcomes;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of <c>goals:</c> (a list; a layer's list replaces the one below) and <c>outcomes:</c>
/// (how items name their goal, when to ask for a measured outcome). docs/outcomes.md.
/// </summary>
internal static partial class GoalsSection
{
    private static readonly (string, KpiDirection)[] Directions = [("up", KpiDirection.Up), ("down", KpiDirection.Down)];
    private const string IdExpected = "an id of 1 to 40 lowercase letters, digits or hyphens, such as `activation`";

    public static OutcomesConfig ApplyGoals(OutcomesConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return config;
        }

        var goals = new List<Goal>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{keyPath}[{i}]";
            if (reader.Map(list.Items[i], path) is not { } map || Goal(map, reader, path) is not { } goal)
            {
                continue;
            }
            if (goals.Any(g => g.Id == goal.Id))
            {
                reader.Error(map, $"{ConfigReader.Code(path)} repeats the goal id {ConfigReader.Code(goal.Id)}.", "a different id for each goal");
                continue;
            }
            goals.Add(goal);
        }
        return config with { Goals = goals };
    }

    public static OutcomesConfig ApplyOutcomes(OutcomesConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }
        var result = config;
        reader.Keys(map, keyPath,
            ("label-prefix", (n, p) => { if (reader.Text(n, p, 50, out var prefix)) result = result with { LabelPrefix = prefix }; }),
            ("field", (n, p) => { if (reader.Text(n, p, 100, out var field)) result = result with { Field = field }; }),
            ("live-phase", (n, p) => { if (reader.Text(n, p, 50, out var phase)) result = result with { LivePhase = phase }; }),
            ("ask-after-live-days", (n, p) =>
            {
                if (reader.Number(n, p, 0, 3650, wholeNumber: true, "a whole number of days from 0 (never ask) to 3650", out var days))
                {
                    result = result with { AskAfterLiveDays = (int)days };
                }
            }));
        return result;
    }

    private static Goal? Goal(YamlMap map, ConfigReader reader, string path)
    {
        string? id = null, title = null;
        Kpi? kpi = null;
        double? baseline = null, target = null;
        DateOnly? by = null;
        reader.Keys(map, path,
            ("id", (n, p) => { if (reader.Text(n, p, 40, out var text)) id = ValidId(n, text, reader, p); }),
            ("title", (n, p) => { if (reader.Text(n, p, 120, out var text)) title = text; }),
            ("kpi", (n, p) => kpi = KpiOf(n, reader, p)),
            ("baseline", (n, p) => { if (reader.Number(n, p, -1e12, 1e12, false, "a number", out var v)) baseline = v; }),
            ("target", (n, p) => (target, by) = TargetOf(n, reader, p)));

        var missing = new[] { ("id", id is null), ("title", title is null), ("kpi", kpi is null), ("baseline", baseline is null), ("target", target is null || by is null) }
            .Where(m => m.Item2).Select(m => m.Item1).ToList();
        var absent = missing.Where(key => !map.Entries.Any(e => e.Key.Value == key)).ToList();
        if (absent.Count > 0)
        {
            reader.Error(map, $"{ConfigReader.Code(path)} has no {string.Join(", ", absent.Select(ConfigReader.Code))}.",
                "a goal with `id`, `title`, `kpi` (`name`, `unit`, `direction`), `baseline` and `target` (`value`, `by`)");
        }
        return missing.Count == 0 ? new Goal(id!, title!, kpi!, baseline!.Value, target!.Value, by!.Value) : null;
    }

    private static string? ValidId(YamlNode node, string text, ConfigReader reader, string path)
    {
        if (text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return text;
        }
        reader.Error(node, $"{ConfigReader.Code(path)} is {ConfigReader.Code(text)}, which is not usable in a label.", IdExpected);
        return null;
    }

    private static Kpi? KpiOf(YamlNode node, ConfigReader reader, string path)
    {
        if (reader.Map(node, path) is not { } map)
        {
            return null;
        }
        string? name = null;
        var unit = "";
        var direction = KpiDirection.Up;
        var valid = true;
        KpiSource? source = null;
        reader.Keys(map, path,
            ("name", (n, p) => { if (reader.Text(n, p, 80, out var text)) name = text; }),
            ("unit", (n, p) => valid &= reader.Text(n, p, 20, out unit)),
            ("direction", (n, p) => valid &= reader.Choice(n, p, Directions, out direction)),
            ("source", (n, p) => valid &= SourceOf(n, reader, p, out source)));
        if (name is null && !map.Entries.Any(e => e.Key.Value == "name"))
        {
            reader.Error(map, $"{ConfigReader.Code(path)} has no `name`.", "a KPI with `name`, and optionally `unit` and `direction` (`up` or `down`)");
        }
        return name is null || !valid ? null : new Kpi(name, unit, direction) { Source = source };
    }

    private static (double?, DateOnly?) TargetOf(YamlNode node, ConfigReader reader, string path)
    {
        if (reader.Map(node, path) is not { } map)
        {
            return (null, null);
        }
        double? value = null;
        DateOnly? by = null;
        reader.Keys(map, path,
            ("value", (n, p) => { if (reader.Number(n, p, -1e12, 1e12, false, "a number", out var v)) value = v; }),
            ("by", (n, p) =>
            {
                if (n is YamlScalar { IsNull: false } s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    by = date;
                }
                else
                {
                    reader.Error(n, $"{ConfigReader.Code(p)} is not a date.", "a date written `2027-06-30`");
                }
            }));
        if ((value is null && !map.Entries.Any(e => e.Key.Value == "value")) || (by is null && !map.Entries.Any(e => e.Key.Value == "by")))
        {
            reader.Error(map, $"{ConfigReader.Code(path)} needs both `value` and `by`.", "a target such as `{ value: 45, by: 2027-06-30 }`");
        }
        return (value, by);
    }
}
