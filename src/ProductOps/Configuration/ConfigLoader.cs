using System.Globalization;
using System.Text;
using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>
/// Loads <c>.github/product-ops.yml</c> layers over the frozen defaults: maps merge by key, scalars and lists
/// replace (docs/configuration.md). Like release-drafter, a broken file gives a table of errors, not a crash.
/// </summary>
public static class ConfigLoader
{
    /// <summary>Layers in order of increasing precedence: organisation defaults first, then the repository file.</summary>
    public static ConfigLoadResult Load(IReadOnlyList<ConfigSource> layers)
    {
        var errors = new List<ConfigError>();
        var config = ProductOpsConfig.Defaults;
        foreach (var layer in layers)
        {
            var layerErrors = new List<ConfigError>();
            var root = SafeYaml.Parse(layer, layerErrors);
            if (layerErrors.Count == 0 && root is not null)
            {
                try
                {
                    config = Apply(config, root, new ConfigReader(layer.Path, layerErrors));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A bug in a schema rule must not stop other repositories from being processed.
                    layerErrors.Add(new ConfigError(layer.Path, 1, 1, "Product Ops could not read this file (an internal error).", "a file that follows docs/configuration.md"));
                }
            }

            errors.AddRange(layerErrors);
        }

        return errors.Count == 0 ? new ConfigLoadResult(config, []) : new ConfigLoadResult(null, errors);
    }

    /// <summary>Loads a single file (no organisation layer).</summary>
    public static ConfigLoadResult Load(ConfigSource file) => Load([file]);

    /// <summary>A Markdown table of the errors (file, line, column, problem, expected), for an issue or commit comment.</summary>
    public static string FormatErrors(IReadOnlyList<ConfigError> errors)
    {
        if (errors.Count == 0)
        {
            return "The configuration has no errors.\n";
        }

        var text = new StringBuilder()
            .Append("Product Ops could not use its configuration: ")
            .Append(errors.Count == 1 ? "1 error" : $"{errors.Count} errors")
            .Append(". It keeps using the last good configuration (or the defaults) until the file is fixed.\n\n")
            .Append("| File | Line | Column | Problem | Expected |\n| --- | --- | --- | --- | --- |\n");
        foreach (var error in errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column))
        {
            text.Append("| ").Append(MarkdownText.Cell(MarkdownText.Code(error.Path, 200)))
                .Append(" | ").Append(error.Line.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(error.Column.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(MarkdownText.Cell(error.Message))
                .Append(" | ").Append(MarkdownText.Cell(error.Expected)).Append(" |\n");
        }

        return text.Append("\nSee docs/configuration.md for every key and its default.\n").ToString();
    }

    private static ProductOpsConfig Apply(ProductOpsConfig config, YamlNode root, ConfigReader reader)
    {
        if (root is not YamlMap map)
        {
            reader.Error(root, $"The file is {(root.Kind == "empty" ? "empty" : "a " + root.Kind)}, not a map of sections.",
                "a map with sections such as `scoring:`");
            return config;
        }

        var result = config;
        reader.Keys(map, "",
            ("scoring", (n, p) => result = result with { Scoring = ScoringSection.Apply(result.Scoring, n, reader, p) }),
            ("roadmap", (n, p) => result = result with { Roadmap = RoadmapSection.Apply(result.Roadmap, n, reader, p) }),
            ("gates", (n, p) => result = result with { Gates = GatesSection.Apply(result.Gates, n, reader, p) }),
            ("updates", (n, p) => result = result with { Updates = UpdatesSection.Apply(result.Updates, n, reader, p) }),
            ("goals", (n, p) => result = result with { Outcomes = GoalsSection.ApplyGoals(result.Outcomes, n, reader, p) }),
            ("outcomes", (n, p) => result = result with { Outcomes = GoalsSection.ApplyOutcomes(result.Outcomes, n, reader, p) }));
        return result;
    }

}
