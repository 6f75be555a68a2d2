namespace ProductOps.Scoring;

/// <summary>
/// <c>scoring.estimates</c>: when several people's estimates of one input are further apart than
/// <paramref name="DisagreeRatio"/> (largest ÷ smallest), they are flagged and RICE confidence is lowered by
/// <paramref name="ConfidenceStep"/> (a fraction: 0.2 = 20 percentage points).
/// </summary>
public sealed record EstimateConfig(double DisagreeRatio = 2, double ConfidenceStep = 0.2)
{
    public static EstimateConfig Defaults { get; } = new();
}
