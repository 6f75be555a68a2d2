using System.Globalization;
using System.Text;
using ProductOps.Roadmap;

namespace ProductOps.Outcomes;

/// <summary>
/// A goal's KPI over time as inline SVG (no script): the readings joined by a line, each labelled with its
/// value, against dashed baseline and target lines, with dated x ticks and a y axis in the KPI's unit.
/// The same readings are listed in a table beside it for screen readers.
/// </summary>
public static class KpiChart
{
    private const int Width = 560, Height = 220, Left = 56, Right = 16, Top = 16, Bottom = 40;

    public static string Render(GoalSummary summary)
    {
        var goal = summary.Goal;
        var points = summary.History;
        var lowest = Math.Min(Math.Min(goal.Baseline, goal.Target), points.Count == 0 ? goal.Baseline : points.Min(p => p.Value));
        var highest = Math.Max(Math.Max(goal.Baseline, goal.Target), points.Count == 0 ? goal.Baseline : points.Max(p => p.Value));
        var pad = Math.Max((highest - lowest) * 0.1, 1);
        var (min, max) = (lowest - pad, highest + pad);
        double Y(double v) => Top + (Height - Top - Bottom) * (1 - (v - min) / (max - min));
        var first = points.Count == 0 ? DateTimeOffset.UnixEpoch : points[0].At;
        var span = points.Count < 2 ? 1 : Math.Max((points[^1].At - first).TotalSeconds, 1);
        double X(DateTimeOffset at) => points.Count < 2 ? Left + (Width - Left - Right) / 2.0 : Left + (Width - Left - Right) * (at - first).TotalSeconds / span;

        var unit = goal.Kpi.Unit;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"kpi\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"kpi-{goal.Id}-t\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"kpi-{goal.Id}-t\">{RoadmapText.Html(goal.Kpi.Name)} over time, against baseline {Figures.WithUnit(goal.Baseline, unit)} and target {Figures.WithUnit(goal.Target, unit)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>");
        foreach (var (value, name, colour) in new[] { (goal.Baseline, "baseline", "#595959"), (goal.Target, "target", "#1a7f37") })
        {
            var y = F(Y(value));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"{colour}\" stroke-dasharray=\"6 4\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"{colour}\">{RoadmapText.Html(Figures.WithUnit(value, unit))}</text>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{F(Y(value) - 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{colour}\">{name}</text>");
        }
        if (points.Count > 0)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" points=\"")
               .AppendJoin(' ', points.Select(p => $"{F(X(p.At))},{F(Y(p.Value))}")).Append("\"/>");
            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                var (x, y) = (F(X(p.At)), F(Y(p.Value)));
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" fill=\"#0b5cad\"/>")
                   .Append(CultureInfo.InvariantCulture, $"<text class=\"point-label\" x=\"{x}\" y=\"{F(Y(p.Value) - 8)}\" text-anchor=\"middle\" font-size=\"11\">{RoadmapText.Html(Figures.WithUnit(p.Value, unit))}</text>");
                // Dates under the axis: the first, the last, and every other one between when there is room.
                if (i == 0 || i == points.Count - 1 || (points.Count <= 6 && i % 2 == 0))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{p.At.UtcDateTime:d MMM}</text>");
                }
            }
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" font-size=\"12\">No readings yet: record one with /kpi {goal.Id} &lt;value&gt;</text>");
        }
        return svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\" font-size=\"11\">Date of reading (UTC)</text></svg>").ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
