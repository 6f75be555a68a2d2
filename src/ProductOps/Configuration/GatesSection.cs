using System.Text.RegularExpressions;
using ProductOps.Gates;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of <c>gates:</c> (docs/gates.md): <c>failed-label</c>, the ordered <c>phases</c> list, and
/// one map per phase name holding that phase's gate (<c>mode</c>, <c>criteria</c>). Gates merge by
/// phase and key; the phases list and a gate's criteria list replace what the layers below set.
/// </summary>
internal static partial class GatesSection
{
    private const int MaxPhases = 12;
    private static readonly string[] OwnKeys = ["failed-label", "phases"];
    private static readonly (string, GateMode)[] Modes = [("warn", GateMode.Warn), ("block", GateMode.Block)];

    public static GatesConfig Apply(GatesConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        // The phases decide which gate keys exist, so they are read first wherever they appear.
        var result = config;
        if (map.Entries.FirstOrDefault(e => e.Key.Value == "phases") is { Key: not null } phases &&
            Phases(phases.Value, reader, $"{keyPath}.phases") is { } list)
        {
            result = result with { Phases = list };
        }

        var schema = new List<(string, Action<YamlNode, string>)>
        {
            ("failed-label", (n, p) => { if (reader.Text(n, p, 50, out var label)) result = result with { FailedLabel = label }; }),
            ("phases", (_, _) => { }),
        };
        foreach (var phase in result.Phases)
        {
            schema.Add((phase.Name, (n, p) => result = result with
            {
                Gates = new Dictionary<string, GateDefinition>(result.Gates) { [phase.Name] = Gate(result.GateFor(phase.Name), n, reader, p) },
            }));
        }

        reader.Keys(map, keyPath, [.. schema]);
        return result;
    }

    private static GateDefinition Gate(GateDefinition gate, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return gate;
        }

        var result = gate;
        reader.Keys(map, keyPath,
            ("mode", (n, p) => { if (reader.Choice(n, p, Modes, out var mode)) result = result with { Mode = mode }; }),
            ("criteria", (n, p) => { if (CriterionSection.ReadAll(n, reader, p) is { } criteria) result = result with { Criteria = criteria }; }));
        return result;
    }

    private static IReadOnlyList<PhaseDefinition>? Phases(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        if (list.Items.Count is 0 or > MaxPhases)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {list.Items.Count} phases.", $"1 to {MaxPhases} phases, earliest first");
            return null;
        }

        var phases = new List<PhaseDefinition>();
        var valid = true;
        for (var index = 0; index < list.Items.Count; index++)
        {
            var path = $"{keyPath}[{index}]";
            if (Phase(list.Items[index], reader, path) is not { } phase)
            {
                valid = false;
            }
            else if (phases.Any(p => p.Name == phase.Name || string.Equals(p.Label, phase.Label, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Error(list.Items[index], $"{ConfigReader.Code(path)} repeats the phase {ConfigReader.Code(phase.Name)} or its label {ConfigReader.Code(phase.Label)}.",
                    "a different name and label for each phase");
                valid = false;
            }
            else
            {
                phases.Add(phase);
            }
        }

        return valid ? phases : null;
    }

    /// <summary>A phase is a name (its label is <c>phase:&lt;name&gt;</c>) or a map of <c>name</c> and <c>label</c>.</summary>
    private static PhaseDefinition? Phase(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return Name(scalar, reader, keyPath) is { } name ? new PhaseDefinition(name, "phase:" + name) : null;
        }

        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string? phase = null, label = null;
        var valid = true;
        reader.Keys(map, keyPath,
            ("name", (n, p) => { phase = Name(n, reader, p); valid &= phase is not null; }),
            ("label", (n, p) => { if (reader.Text(n, p, 50, out var text)) label = text; else valid = false; }));
        if (map.Entries.All(e => e.Key.Value != "name"))
        {
            reader.Error(map, $"{ConfigReader.Code(keyPath)} has no `name`.", "a `name` and optionally a `label`");
            return null;
        }

        return valid && phase is not null ? new PhaseDefinition(phase, label ?? "phase:" + phase) : null;
    }

    private static string? Name(YamlNode node, ConfigReader reader, string keyPath)
    {
        const string expected = "a phase name of lowercase letters, digits and hyphens, such as `beta`, other than `phases` or `failed-label`";
        if (!reader.Text(node, keyPath, 30, out var name))
        {
            return null;
        }

        if (!PhaseName().IsMatch(name) || OwnKeys.Contains(name))
        {
            reader.Error(node, $"{ConfigReader.Code(keyPath)} is {ConfigReader.Code(name)}, which cannot name a phase.", expected);
            return null;
        }

        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex PhaseName();
}
