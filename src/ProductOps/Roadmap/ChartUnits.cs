using ProductOps.Scoring;

namespace ProductOps.Roadmap;

/// <summary>What the chart's axes measure, told by the scoring model's inputs (RICE: person-months).</summary>
public sealed record ChartUnits(string Value, string Effort)
{
    public static readonly ChartUnits Points = new("value points", "effort points");

    public static ChartUnits Of(IReadOnlyDictionary<string, double> inputs) => ScoreText.Model(inputs)?.Model switch
    {
        ScoringModel.Rice => new("reach × impact × confidence", "person-months"),
        ScoringModel.Wsjf => new("cost of delay, points", "job size, points"),
        ScoringModel.Ice => new("impact × confidence", "11 − ease"),
        _ => Points,
    };
}
