using System.Globalization;
using ProductOps.Scoring;
using ProductOps.Updates;
using ProductOps.Updates.Digest;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>The outcome parts of the digest, a pure function: per goal, how its KPI moved in the period and what shipped for it.</summary>
public static class GoalDigest
{
    private const string NoReading = "no reading yet";

    public static DigestModel AddOutcomes(
        DigestModel digest, IReadOnlyList<ItemRecord> items, ProductOps.Configuration.ProductOpsConfig config, IReadOnlyList<KpiValue> kpis, Period period, IReadOnlyList<KpiFailure>? failures = null)
    {
        var model = ModelCatalog.All.FirstOrDefault(m => m.Model == config.Scoring.Model)?.Name ?? "Score";
        ItemModel Label(ItemModel i) => i.Score is { } s ? i with { ScoreLabel = Roadmap.ScoreText.Score(s, model) } : i;
        var goals = OutcomeBoard.Summaries(items, config.Outcomes, kpis, failures).Select(g => Goal(g, period)).ToList();
        return digest with
        {
            Top = digest.Top.Select(Label).ToList(),
            Goals = goals,
            // A goal that has never had a reading has nothing to tell either: it must not make a quiet period's digest go out.
            // A failing automatic reading does: the KPI people rely on is going stale.
            IsEmpty = digest.IsEmpty && !goals.Any(g => g.Shipped.Count > 0 || g.Failure is not null || g.Trend is not ("no change" or NoReading)),
        };
    }

    private static GoalDigestModel Goal(GoalSummary summary, Period period)
    {
        var goal = summary.Goal;
        var unit = goal.Kpi.Unit;
        var inPeriod = summary.History.Where(v => v.At <= period.To).ToList();
        var before = summary.History.LastOrDefault(v => v.At <= period.From)?.Value ?? goal.Baseline;
        var now = inPeriod.Count == 0 ? (double?)null : inPeriod[^1].Value;
        var trend = now is null ? NoReading : new GoalSummary(goal, [new KpiValue(goal.Id, before, period.From, "", ""), inPeriod[^1]], [], []).Trend;
        var shipped = summary.Shipped
            .Where(r => OutcomeBoard.ShippedAt(r) is { } at && at > period.From && at <= period.To)
            .Select(r => ItemModel.From(r) with { Outcome = r.Outcome?.Text }).ToList();
        return new GoalDigestModel(goal.Id, goal.Title, goal.Kpi.Name,
            now is null ? NoReading : Figures.WithUnit(now.Value, unit), Figures.WithUnit(before, unit),
            Figures.WithUnit(goal.Target, unit), goal.TargetDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), trend, shipped)
        {
            Failure = summary.FailureText,
        };
    }
}
