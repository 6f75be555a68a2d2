namespace ProductOps.Roadmap;

/// <summary>A point of the value-vs-effort chart: both axes scaled to 0..1 against the largest plotted value.</summary>
public sealed record ChartPoint(string Id, string Title, double Effort, double Value)
{
    /// <summary>The effort and value read from the score (in <see cref="ChartUnits"/>), for ticks and the data table.</summary>
    public double ActualEffort { get; init; }

    public double ActualValue { get; init; }

    /// <summary>The quadrant the point sits in; a point on a middle line counts as high value and as low effort.</summary>
    public string Quadrant => Value >= 0.5 ? (Effort <= 0.5 ? "Quick wins" : "Big bets") : (Effort <= 0.5 ? "Fill-ins" : "Money pits");
}
