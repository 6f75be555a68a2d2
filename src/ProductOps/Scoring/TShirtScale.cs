namespace ProductOps.Scoring;

/// <summary>A t-shirt size mapped to person-months by <c>scoring.t-shirt-sizes</c>, or a number of person-months.</summary>
public sealed class TShirtScale(double min, double max) : InputScale
{
    public double Min { get; } = min;
    public double Max { get; } = max;

    public override string Kind => "t-shirt size";

    public override string Describe(ScoringConfig config) =>
        $"a t-shirt size ({string.Join(", ", config.TShirtSizes.OrderBy(t => t.Value).Select(t => t.Key))}) or a number of person-months from {Numbers.Format(Min)} to {Numbers.Format(Max)}";

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        var text = raw.Trim();
        if (config.TShirtSizes.TryGetValue(text, out var months))
        {
            var size = config.TShirtSizes.Keys.First(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
            return ScaleValue.Ok(months, $"{size} ({Numbers.Format(months)} {PersonMonths(months)})");
        }

        if (!Numbers.TryParse(text, out var number))
        {
            return ScaleValue.Invalid($"it is not {Describe(config)}");
        }

        if (number <= 0)
        {
            return ScaleValue.Invalid("it must be greater than 0 (nothing can be done for no effort)");
        }

        return number < Min || number > Max
            ? ScaleValue.Invalid($"it is out of range (allowed: {Describe(config)})")
            : ScaleValue.Ok(number, $"{Numbers.Format(number)} {PersonMonths(number)}");
    }

    private static string PersonMonths(double months) => months == 1 ? "person-month" : "person-months";
}
