using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>scoring.estimates</c> (docs/commands.md, "Team estimates").</summary>
internal static class EstimatesSection
{
    public static EstimateConfig Apply(EstimateConfig settings, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return settings;
        }

        var result = settings;
        reader.Keys(map, keyPath,
            ("disagree-ratio", (n, p) =>
            {
                if (reader.Number(n, p, 1, 1000, wholeNumber: false, "a ratio of the largest to the smallest estimate, from 1 to 1000", out var ratio))
                {
                    result = result with { DisagreeRatio = ratio };
                }
            }),
            ("confidence-step", (n, p) =>
            {
                if (reader.Number(n, p, 0, 100, wholeNumber: false, "percentage points from 0 (never lower) to 100", out var points))
                {
                    result = result with { ConfidenceStep = points / 100 };
                }
            }));
        return result;
    }
}
