using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>scoring.&lt;model&gt;:</c>: <c>inputs</c>, <c>buckets</c> and, for ICE, <c>mode</c>.</summary>
internal static class ModelSection
{
    private const int MaxBuckets = 10;
    private static readonly (string, IceMode)[] IceModes = [("product", IceMode.Product), ("mean", IceMode.Mean)];

    public static ScoringConfig Apply(ScoringConfig config, ModelDefinition model, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        var result = config;
        var settings = config.Models.GetValueOrDefault(model.Model) ?? ModelSettings.Empty;
        var schema = new List<(string, Action<YamlNode, string>)>
        {
            ("inputs", (n, p) => settings = settings with { Inputs = Inputs(result, model, settings.Inputs, n, reader, p) }),
            ("buckets", (n, p) => { if (Buckets(n, reader, p) is { } buckets) settings = settings with { Buckets = buckets }; }),
        };
        if (model.Model == ScoringModel.Ice)
        {
            schema.Add(("mode", (n, p) => { if (reader.Choice(n, p, IceModes, out var mode)) result = result with { IceMode = mode }; }));
        }

        reader.Keys(map, keyPath, [.. schema]);
        return result with { Models = new Dictionary<ScoringModel, ModelSettings>(result.Models) { [model.Model] = settings } };
    }

    private static IReadOnlyDictionary<string, InputSource> Inputs(
        ScoringConfig config, ModelDefinition model, IReadOnlyDictionary<string, InputSource> current,
        YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return current;
        }

        var sources = model.Inputs.ToDictionary(i => i.Key, i => current.GetValueOrDefault(i.Key) ?? config.SourceFor(model.Model, i));
        var prefixNodes = new Dictionary<string, YamlNode>();
        var schema = model.Inputs.Select(input => (input.Key, (Action<YamlNode, string>)((n, p) =>
        {
            if (reader.Map(n, p) is not { } inputMap)
            {
                return;
            }

            reader.Keys(inputMap, p,
                ("label-prefix", (v, vp) =>
                {
                    if (reader.Text(v, vp, 40, out var prefix))
                    {
                        sources[input.Key] = sources[input.Key] with { LabelPrefix = prefix };
                        prefixNodes[input.Key] = v;
                    }
                }),
                ("field", (v, vp) =>
                {
                    if (reader.Text(v, vp, 100, out var field))
                    {
                        sources[input.Key] = sources[input.Key] with { Field = field };
                    }
                }));
        }))).ToArray();
        reader.Keys(map, keyPath, schema);

        // Two inputs reading the same labels would silently feed one label to both: refuse it.
        foreach (var (key, at) in prefixNodes)
        {
            var clash = sources.FirstOrDefault(s => s.Key != key &&
                string.Equals(s.Value.LabelPrefix, sources[key].LabelPrefix, StringComparison.OrdinalIgnoreCase));
            if (clash.Key is not null)
            {
                reader.Error(at, $"{ConfigReader.Code($"{keyPath}.{key}.label-prefix")} is the same as the prefix of {ConfigReader.Code(clash.Key)}.",
                    "a label prefix that no other input of this model uses");
            }
        }

        return sources;
    }

    private static IReadOnlyList<PriorityBucket>? Buckets(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        if (list.Items.Count is 0 or > MaxBuckets)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {list.Items.Count} buckets.", $"1 to {MaxBuckets} buckets");
            return null;
        }

        var buckets = new List<PriorityBucket>();
        var valid = true;
        for (var index = 0; index < list.Items.Count; index++)
        {
            var path = $"{keyPath}[{index}]";
            if (reader.Map(list.Items[index], path) is not { } map)
            {
                valid = false;
                continue;
            }

            string? name = null, label = null;
            double? min = null;
            YamlNode? labelNode = null, minNode = null;
            reader.Keys(map, path,
                ("name", (n, p) => { if (reader.Text(n, p, 50, out var text)) name = text; else valid = false; }),
                ("label", (n, p) => { if (reader.Text(n, p, 50, out var text)) (label, labelNode) = (text, n); else valid = false; }),
                ("min", (n, p) =>
                {
                    if (reader.Number(n, p, 0, 1e15, wholeNumber: false, "a score from 0 to 1e15", out var value)) (min, minNode) = (value, n);
                    else valid = false;
                }));

            var absent = new[] { "label", "min" }.Where(k => map.Entries.All(e => e.Key.Value != k)).Select(k => $"`{k}`").ToList();
            if (absent.Count > 0)
            {
                reader.Error(map, $"{ConfigReader.Code(path)} has no {string.Join(" and no ", absent)}.", "a `label` and a `min` score, and optionally a `name`");
            }

            if (label is null || min is null)
            {
                valid = false;
                continue;
            }

            if (buckets.Count > 0 && min >= buckets[^1].Min)
            {
                reader.Error(minNode!, $"{ConfigReader.Code(path + ".min")} is {Numbers.Format(min.Value)}, not below the bucket before it ({Numbers.Format(buckets[^1].Min)}).",
                    "minimum scores in strictly decreasing order, highest priority first");
                valid = false;
            }

            if (buckets.Any(b => string.Equals(b.Label, label, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Error(labelNode!, $"{ConfigReader.Code(path + ".label")} repeats the label {ConfigReader.Code(label)}.", "a different label for each bucket");
                valid = false;
            }

            var colon = label.LastIndexOf(':');
            buckets.Add(new PriorityBucket(name ?? (colon >= 0 && colon < label.Length - 1 ? label[(colon + 1)..] : label), label, min.Value));
        }

        return valid ? buckets : null;
    }
}
