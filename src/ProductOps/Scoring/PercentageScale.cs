namespace ProductOps.Scoring;

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
