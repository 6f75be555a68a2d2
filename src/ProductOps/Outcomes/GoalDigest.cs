using System.Globalization;
using ProductOps.Scoring;
using ProductOps.Updates;
using ProductOps.Updates.Digest;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>The outcome parts of the digest, a pure function: per goal, how its KPI moved in the period and what shipped for it.</summary>
public static class GoalDigest
{
    public static DigestModel AddOutcomes(DigestModel digest, IReadOnlyList<ItemRecord> items, ProductOps.Configuration.ProductOpsConfig config, IReadOnlyList<KpiValue> kpis, Period period)
    {
        var model = ModelCatalog.All.FirstOrDefault(m => m.Model == config.Scoring.Model)?.Name ?? "Score";
        ItemModel Label(ItemModel i) => i.Score is { } s ? i with { ScoreLabel = $"{model} {Figures.Number(s)}" } : i;
        var goals = OutcomeBoard.Summaries(items, config.Outcomes, kpis).Select(g => Goal(g, period)).ToList();
        return digest with
        {
            Top = digest.Top.Select(Label).ToList(),
            Goals = goals,
            IsEmpty = digest.IsEmpty && !goals.Any(g => g.Shipped.Count > 0 || g.Trend != "no change"),
        };
    }

    private static GoalDigestModel Goal(GoalSummary summary, Period period)
    {
        var goal = summary.Goal;
        var unit = goal.Kpi.Unit;
        var inPeriod = summary.History.Where(v => v.At <= period.To).ToList();
        var before = summary.History.LastOrDefault(v => v.At <= period.From)?.Value ?? goal.Baseline;
        var now = inPeriod.Count == 0 ? (double?)null : inPeriod[^1].Value;
        var trend = now is null ? "no reading yet" : new GoalSummary(goal, [new KpiValue(goal.Id, before, period.From, "", ""), inPeriod[^1]], [], []).Trend;
        var shipped = summary.Shipped
            .Where(r => OutcomeBoard.ShippedAt(r) is { } at && at > period.From && at <= period.To)
            .Select(ItemModel.From).ToList();
        return new GoalDigestModel(goal.Id, goal.Title, goal.Kpi.Name,
            now is null ? "no reading yet" : Figures.WithUnit(now.Value, unit), Figures.WithUnit(before, unit),
            Figures.WithUnit(goal.Target, unit), goal.TargetDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), trend, shipped);
    }
}
