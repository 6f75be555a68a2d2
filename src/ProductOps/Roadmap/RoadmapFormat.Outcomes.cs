using System.Globalization;
using ProductOps.Outcomes;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>The outcome parts of the model: "As of", the goals ("why"), items without a goal, recently shipped.</summary>
public sealed partial class RoadmapFormat
{
    /// <summary>What each horizon means, shown under its heading once the page has outcomes.</summary>
    public static readonly IReadOnlyDictionary<string, string> HorizonHelp = new Dictionary<string, string>
    {
        ["Now"] = "Being built or about to start.",
        ["Next"] = "Planned next: scored high enough or scheduled, not started.",
        ["Later"] = "Worth doing, not yet planned. Live and retired items are under Recently shipped.",
    };

    private void AddOutcomes(ScriptObject model, RoadmapPage page, Dictionary<RoadmapItem, ScriptObject> items)
    {
        model["as_of"] = page.AsOf?.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
        var horizons = (ScriptArray)model["horizons"]!;
        for (var i = 0; i < horizons.Count; i++)
        {
            ((ScriptObject)horizons[i]!)["help"] = page.AsOf is null ? "" : escape(HorizonHelp.GetValueOrDefault(page.Horizons[i].Name, ""));
        }
        model["goals"] = new ScriptArray(page.Goals.Select(g => Goal(g, items)));
        model["without_goal"] = new ScriptArray(page.WithoutGoal.Select(i => Item(items, i)));
        model["shipped"] = new ScriptArray(page.Shipped.Select(s =>
        {
            var item = Item(items, s.Item);
            return new ScriptObject { ["item"] = item, ["date"] = Date(s.At), ["phase"] = item["phase"] };
        }));
        model["throughput"] = new ScriptArray(page.Throughput.Select(w => new ScriptObject { ["week"] = Throughput.Week(w.Monday), ["shipped"] = w.Shipped }));
        model["throughput_svg"] = Name == "html" ? Throughput.Render(page.Throughput) : "";
        // Mermaid xychart data: dates and counts only.
        model["mermaid_weeks"] = string.Join(", ", page.Throughput.Select(w => "\"" + Throughput.Week(w.Monday) + "\""));
        model["mermaid_shipped"] = string.Join(", ", page.Throughput.Select(w => w.Shipped.ToString(CultureInfo.InvariantCulture)));
    }

    private ScriptObject Goal(GoalSummary summary, Dictionary<RoadmapItem, ScriptObject> items)
    {
        var goal = summary.Goal;
        var unit = goal.Kpi.Unit;
        return new ScriptObject
        {
            ["id"] = RoadmapText.Id(goal.Id),
            ["title"] = escape(goal.Title),
            ["kpi"] = escape(goal.Kpi.Name),
            ["direction"] = goal.Kpi.Direction == KpiDirection.Up ? "higher is better" : "lower is better",
            ["now"] = escape(summary.Latest is null ? "no reading yet" : Figures.WithUnit(summary.Now, unit)),
            ["before"] = escape(Figures.WithUnit(summary.Before, unit)),
            ["trend"] = escape(summary.Latest is null ? "no readings" : summary.Trend),
            ["baseline"] = escape(Figures.WithUnit(goal.Baseline, unit)),
            ["target"] = escape(Figures.WithUnit(goal.Target, unit)),
            ["target_date"] = goal.TargetDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["met"] = summary.Latest is not null && goal.IsMet(summary.Now),
            ["failure"] = summary.FailureText is { } failure ? escape(failure) : "",
            ["chart_svg"] = Name == "html" ? KpiChart.Render(summary) : "",
            // Mermaid xychart data: dates and plain numbers only, never user text.
            ["mermaid_x"] = string.Join(", ", summary.History.Select(r => "\"" + r.At.UtcDateTime.ToString("d MMM", CultureInfo.InvariantCulture) + "\"")),
            ["mermaid_y"] = string.Join(", ", summary.History.Select(r => r.Value.ToString("0.###", CultureInfo.InvariantCulture))),
            ["mermaid_target"] = string.Join(", ", summary.History.Select(_ => goal.Target.ToString("0.###", CultureInfo.InvariantCulture))),
            ["readings"] = new ScriptArray(summary.History.Select(r => new ScriptObject
            {
                ["date"] = Date(r.At),
                ["value"] = escape(Figures.WithUnit(r.Value, unit)),
                ["author"] = escape(r.Author),
            })),
            ["open"] = new ScriptArray(summary.Open.Select(r => Item(items, RoadmapBuilder.ItemOf(r)))),
            ["shipped"] = new ScriptArray(summary.Shipped.Select(r => new ScriptObject
            {
                ["item"] = Item(items, RoadmapBuilder.ItemOf(r)),
                ["date"] = OutcomeBoard.ShippedAt(r) is { } at ? Date(at) : "",
                ["outcome"] = escape(r.Outcome?.Text ?? ""),
                ["estimate"] = r.Score?.Score is { } score ? Figures.Number(score) : "not scored",
                ["measured"] = r.Outcome?.Value is { } value ? escape(Figures.WithUnit(value, unit)) : "",
            })),
            ["estimate_svg"] = Name == "html" ? EstimateChart.Render(summary) : "",
            ["measured_count"] = EstimateChart.Measured(summary).Count,
        };
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
