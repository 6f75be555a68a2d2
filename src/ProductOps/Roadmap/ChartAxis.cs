namespace ProductOps.Roadmap;

/// <summary>An axis from 0 to a round top (1, 2, 2.5 or 5 times a power of ten per tick), so ticks read as plain numbers.</summary>
public sealed record ChartAxis(double Top, double Step)
{
    public static ChartAxis For(double max, int ticks = 4)
    {
        if (!(max > 0) || !double.IsFinite(max))
        {
            return new ChartAxis(1, 0.25);
        }
        var rough = max / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough * (1 - 1e-9));
        return new ChartAxis(Math.Ceiling(max / step - 1e-9) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        for (var i = 0; i * Step <= Top * (1 + 1e-9); i++)
        {
            yield return Math.Round(i * Step, 6);
        }
    }

    /// <summary>The value's place on the axis, 0..1.</summary>
    public double Scale(double value) => Math.Round(Math.Clamp(value / Top, 0, 1), 3, MidpointRounding.AwayFromZero);
}
