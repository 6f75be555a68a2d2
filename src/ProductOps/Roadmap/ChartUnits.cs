namespace ProductOps.Roadmap;

/// <summary>What the chart's axes measure, told by the scoring model's inputs (RICE: person-months).</summary>
public sealed record ChartUnits(string Value, string Effort)
{
    public static readonly ChartUnits Points = new("value points", "effort points");

    public static ChartUnits Of(IReadOnlyDictionary<string, double> inputs)
    {
        bool Has(string name) => inputs.Keys.Any(k => string.Equals(k.Trim().Replace(' ', '-'), name, StringComparison.OrdinalIgnoreCase));
        return Has("reach") ? new("reach × impact × confidence", "person-months")
            : Has("job-size") ? new("cost of delay, points", "job size, points")
            : Has("ease") ? new("impact × confidence", "11 − ease")
            : Points;
    }
}
