namespace ProductOps.Scoring;

/// <summary>Named levels with fixed values, such as RICE impact (massive 3 ... minimal 0.25).</summary>
public sealed class LevelScale(IReadOnlyList<KeyValuePair<string, double>> levels) : InputScale
{
    public IReadOnlyList<KeyValuePair<string, double>> Levels { get; } = levels;

    public override string Kind => "levels";

    public override string Describe(ScoringConfig config) =>
        "one of " + string.Join(", ", Levels.Select(l => $"{l.Key} ({Numbers.Format(l.Value)})"));

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        var text = raw.Trim();
        foreach (var (name, value) in Levels)
        {
            // Issue-form dropdowns often read "High (2x)": accept the level name followed by a non-letter.
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) &&
                (text.Length == name.Length || !char.IsLetter(text[name.Length])))
            {
                return ScaleValue.Ok(value, $"{name} ({Numbers.Format(value)})");
            }
        }

        if (Numbers.TryParse(text, out var number) && Levels.FirstOrDefault(l => l.Value == number) is { Key: { } match })
        {
            return ScaleValue.Ok(number, $"{match} ({Numbers.Format(number)})");
        }

        return ScaleValue.Invalid($"it is not {Describe(config)}");
    }
}

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
