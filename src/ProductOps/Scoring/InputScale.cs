namespace ProductOps.Scoring;

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
