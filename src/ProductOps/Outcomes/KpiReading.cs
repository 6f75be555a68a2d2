namespace ProductOps.Outcomes;

/// <summary>
/// What reading one endpoint gave: a number, or why there is none. <paramref name="Problem"/> is fixed wording
/// (plus the configured pointer) that stakeholders may read; <paramref name="Detail"/> (an exception's message,
/// which can quote the endpoint's answer) goes to the log only.
/// </summary>
public sealed record KpiReading(double? Value, string? Problem, string? Detail = null)
{
    /// <summary>The problem with its detail, as the log says it.</summary>
    public string? Logged => Detail is null ? Problem : $"{Problem}: {Detail}";
}
