namespace ProductOps.Scoring;

/// <summary>A plain number such as a reach count, greater than <c>Min</c> and at most <c>Max</c>.</summary>
public sealed class NumberScale(double min, double max, string unit = "") : InputScale
{
    public double Min { get; } = min;
    public double Max { get; } = max;

    public override string Kind => "number";

    public override string Describe(ScoringConfig config) =>
        $"a number greater than {Numbers.Format(Min)} and at most {Numbers.Format(Max)}{unit}";

    public override ScaleValue Read(string raw, ScoringConfig config) =>
        ReadRange(raw, Min, Max, minExclusive: true, Describe(config));
}
