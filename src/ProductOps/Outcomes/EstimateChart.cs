using System.Globalization;
using System.Text;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// How good the value estimates were, per goal: each shipped item with a score and a numeric measured outcome is
/// a point (estimated score across, measured outcome in the KPI's unit up), labelled with its item name, placed
/// by <see cref="ChartLabels"/>. A goal where bigger estimates did not bring bigger outcomes shows it at a glance;
/// the table beside it lists every shipped item, measured or not.
/// </summary>
public static class EstimateChart
{
    private const int Width = 560, Height = 240, Left = 56, Right = 16, Top = 16, Bottom = 44;

    public static IReadOnlyList<ItemRecord> Measured(GoalSummary summary) =>
        summary.Shipped.Where(r => r.Score?.Score is not null && r.Outcome?.Value is not null).ToList();

    public static string Render(GoalSummary summary)
    {
        var points = Measured(summary);
        if (points.Count == 0)
        {
            return "";
        }
        var goal = summary.Goal;
        var xAxis = ChartAxis.For(points.Max(p => p.Score!.Score!.Value));
        var lowest = Math.Min(0, points.Min(p => p.Outcome!.Value!.Value));
        var yAxis = ChartAxis.For(points.Max(p => p.Outcome!.Value!.Value) - lowest);
        var (plotW, plotH) = (Width - Left - Right, Height - Top - Bottom);
        double X(double v) => Left + Math.Clamp(v / xAxis.Top, 0, 1) * plotW;
        double Y(double v) => Top + (1 - Math.Clamp((v - lowest) / yAxis.Top, 0, 1)) * plotH;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"estimate\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"est-{goal.Id}-t\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"est-{goal.Id}-t\">Estimated score against measured outcome of the items shipped for {RoadmapText.Html(goal.Title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"none\" stroke=\"#8c959f\"/>");
        foreach (var t in xAxis.Ticks())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(t))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Figures.Number(t)}</text>");
        }
        foreach (var t in yAxis.Ticks())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(t + lowest))}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\">{RoadmapText.Html(Figures.WithUnit(t + lowest, goal.Kpi.Unit))}</text>");
        }
        var centres = points.Select(p => (X(p.Score!.Score!.Value), Y(p.Outcome!.Value!.Value))).ToList();
        var names = points.Select(p => RoadmapSvg.ItemName(RoadmapText.Id(p.Key.Id))).ToList();
        var placed = ChartLabels.Place(centres, names.Select(n => ChartLabels.TextWidth(n)).ToList(), new ChartLabels.Area(Left + 2, Top + 2, Width - Right - 2, Height - Bottom - 2));
        for (var i = 0; i < points.Count; i++)
        {
            var ((x, y), label) = (centres[i], placed[i]);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"4\" fill=\"#8250df\"><title>{names[i]} {RoadmapText.Html(points[i].Title)}</title></circle>")
               .Append(CultureInfo.InvariantCulture, $"<text class=\"point-label\" x=\"{F(label.X)}\" y=\"{F(label.Y + 11)}\" font-size=\"11\" textLength=\"{F(label.Width)}\" lengthAdjust=\"spacingAndGlyphs\">{names[i]}</text>");
        }
        return svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + plotW / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\" font-size=\"11\">Estimated score →</text>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Top + plotH / 2}\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 12 {Top + plotH / 2})\">Measured ({RoadmapText.Html(goal.Kpi.Unit.Length == 0 ? goal.Kpi.Name : goal.Kpi.Unit)}) →</text></svg>").ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
