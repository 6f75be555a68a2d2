using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>scoring.&lt;model&gt;:</c>: <c>inputs</c>, <c>buckets</c> and, for ICE, <c>mode</c>.</summary>
internal static class ModelSection
{
    private static readonly (string, IceMode)[] IceModes = [("product", IceMode.Product), ("mean", IceMode.Mean)];

    public static ScoringConfig Apply(ScoringConfig config, ModelDefinition model, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        var result = config;
        var settings = config.Models.GetValueOrDefault(model.Model) ?? ModelConfig.Empty;
        var schema = new List<(string, Action<YamlNode, string>)>
        {
            ("inputs", (n, p) => settings = settings with { Inputs = Inputs(result, model, settings.Inputs, n, reader, p) }),
            ("buckets", (n, p) => { if (BucketSection.Read(n, reader, p) is { } buckets) settings = settings with { Buckets = buckets }; }),
        };
        if (model.Model == ScoringModel.Ice)
        {
            schema.Add(("mode", (n, p) => { if (reader.Choice(n, p, IceModes, out var mode)) result = result with { IceMode = mode }; }));
        }

        reader.Keys(map, keyPath, [.. schema]);
        return result with { Models = new Dictionary<ScoringModel, ModelConfig>(result.Models) { [model.Model] = settings } };
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
}
