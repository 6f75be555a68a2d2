namespace ProductOps.Scoring;

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
