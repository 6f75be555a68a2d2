namespace ProductOps.Scoring;

/// <summary>The result of reading one raw value ("high", "80%", "M") on a scale.</summary>
public readonly record struct ScaleValue(double Value, string Display, string? Error)
{
    public bool IsValid => Error is null;

    internal static ScaleValue Ok(double value, string display) => new(value, display, null);

    internal static ScaleValue Invalid(string error) => new(0, "", error);
}
