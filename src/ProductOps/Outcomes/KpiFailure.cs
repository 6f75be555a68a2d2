namespace ProductOps.Outcomes;

/// <summary>
/// The last automatic reading of a goal's KPI that failed: when, and why in fixed plain words ("the endpoint
/// answered 503"), never the endpoint's own text, because it is shown to stakeholders on the page and in the digest.
/// Kept until the next successful automatic reading of the goal.
/// </summary>
public sealed record KpiFailure(string GoalId, DateTimeOffset At, string Reason)
{
    /// <summary>A reason longer than this is cut: it comes from fixed wording and the configured pointer only.</summary>
    public const int MaxReason = 200;
}
