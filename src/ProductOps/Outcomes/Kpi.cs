namespace ProductOps.Outcomes;

/// <summary>The measure that tells whether a goal is being met: "Week-1 activation", in "%", up is better.</summary>
public sealed record Kpi(string Name, string Unit, KpiDirection Direction)
{
    /// <summary>Where the KPI is read on a schedule (docs/outcomes.md), or null when readings come from <c>/kpi</c> only.</summary>
    public KpiSource? Source { get; init; }
}
