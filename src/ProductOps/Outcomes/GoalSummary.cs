using System.Globalization;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// One goal as the roadmap and the digest show it: its KPI history (oldest first), the open items
/// working towards it, the items shipped for it with their measured outcomes, and its last failed automatic
/// reading when no automatic reading has succeeded since.
/// </summary>
public sealed record GoalSummary(Goal Goal, IReadOnlyList<KpiValue> History, IReadOnlyList<ItemRecord> Open, IReadOnlyList<ItemRecord> Shipped, KpiFailure? Failure = null)
{
    public KpiValue? Latest => History.Count == 0 ? null : History[^1];

    /// <summary>The reading before the latest, or the baseline when there is one reading or none.</summary>
    public double Before => History.Count >= 2 ? History[^2].Value : Goal.Baseline;

    public double Now => Latest?.Value ?? Goal.Baseline;

    /// <summary>
    /// "Automatic reading failed on 1 Dec 2026 06:00 UTC: the endpoint answered 503. Last value from 30 Nov 2026.",
    /// or null: the same words on the page and in the digest, so people who rely on the KPI know it is stale.
    /// </summary>
    public string? FailureText => Failure is not { } failure ? null : string.Create(CultureInfo.InvariantCulture,
        $"Automatic reading failed on {failure.At.UtcDateTime:d MMM yyyy HH:mm} UTC: {failure.Reason}. ") +
        (Latest is { } latest ? string.Create(CultureInfo.InvariantCulture, $"Last value from {latest.At.UtcDateTime:d MMM yyyy}.") : "No value has been read yet.");

    /// <summary>"up 3 %", "down 2 tickets" or "no change", as the last move reads.</summary>
    public string Trend
    {
        get
        {
            var change = Now - Before;
            if (Math.Abs(change) < 1e-9)
            {
                return "no change";
            }
            var better = Goal.Kpi.Direction == KpiDirection.Up ? change > 0 : change < 0;
            return $"{(change > 0 ? "up" : "down")} {Figures.WithUnit(Math.Abs(change), Goal.Kpi.Unit)}, {(better ? "better" : "worse")}";
        }
    }
}
