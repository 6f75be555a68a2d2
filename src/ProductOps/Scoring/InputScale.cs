namespace ProductOps.Scoring;

/// <summary>The result of reading one raw value ("high", "80%", "M") on a scale.</summary>
public readonly record struct ScaleValue(double Value, string Display, string? Error)
{
    public bool IsValid => Error is null;

    internal static ScaleValue Ok(double value, string display) => new(value, display, null);

    internal static ScaleValue Invalid(string error) => new(0, "", error);
}

/// <summary>The allowed values of an input and how its raw text becomes a number.</summary>
public abstract class InputScale
{
    /// <summary>Short name of the scale: number, percentage, levels, t-shirt size, Fibonacci, 1-10.</summary>
    public abstract string Kind { get; }

    /// <summary>The allowed values in words, for comments and documentation.</summary>
    public abstract string Describe(ScoringConfig config);

    public abstract ScaleValue Read(string raw, ScoringConfig config);

    private protected static ScaleValue ReadRange(string raw, double min, double max, bool minExclusive, string describe)
    {
        if (!Numbers.TryParse(raw, out var value))
        {
            return ScaleValue.Invalid($"it is not {describe}");
        }

        var below = minExclusive ? value <= min : value < min;
        if (below && minExclusive && min == 0)
        {
            return ScaleValue.Invalid($"it must be greater than 0 (allowed: {describe})");
        }

        return below || value > max
            ? ScaleValue.Invalid($"it is out of range (allowed: {describe})")
            : ScaleValue.Ok(value, Numbers.Format(value));
    }
}

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

/// <summary>A percentage from 1% to 100% ("80%" or "80"), used as a fraction (0.8).</summary>
public sealed class PercentageScale : InputScale
{
    public override string Kind => "percentage";

    public override string Describe(ScoringConfig config) => "a percentage from 1% to 100%";

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        var text = raw.Trim().TrimEnd('%');
        var read = ReadRange(text, 1, 100, minExclusive: false, Describe(config));
        return read.IsValid ? ScaleValue.Ok(read.Value / 100, $"{read.Display}% ({Numbers.Format(read.Value / 100)})") : read;
    }
}

/// <summary>SAFe's modified Fibonacci sequence for relative estimates (WSJF).</summary>
public sealed class FibonacciScale : InputScale
{
    public static IReadOnlyList<int> Values { get; } = [1, 2, 3, 5, 8, 13, 20, 40, 100];

    public override string Kind => "Fibonacci";

    public override string Describe(ScoringConfig config) => "one of " + string.Join(", ", Values);

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        if (!Numbers.TryParse(raw, out var number))
        {
            return ScaleValue.Invalid($"it is not {Describe(config)}");
        }

        if (number <= 0)
        {
            return ScaleValue.Invalid($"it must be greater than 0 (allowed: {Describe(config)})");
        }

        return number == Math.Floor(number) && number <= 100 && Values.Contains((int)number)
            ? ScaleValue.Ok(number, Numbers.Format(number))
            : ScaleValue.Invalid($"it is not on the scale (allowed: {Describe(config)})");
    }
}

/// <summary>A whole number from 1 to 10 (ICE, value).</summary>
public sealed class OneToTenScale : InputScale
{
    public override string Kind => "1-10";

    public override string Describe(ScoringConfig config) => "a whole number from 1 to 10";

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        if (!Numbers.TryParse(raw, out var number))
        {
            return ScaleValue.Invalid($"it is not {Describe(config)}");
        }

        return number is >= 1 and <= 10 && number == Math.Floor(number)
            ? ScaleValue.Ok(number, Numbers.Format(number))
            : ScaleValue.Invalid($"it is out of range (allowed: {Describe(config)})");
    }
}
