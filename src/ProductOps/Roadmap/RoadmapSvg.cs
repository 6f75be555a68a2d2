using System.Globalization;
using System.Text;

namespace ProductOps.Roadmap;

/// <summary>
/// The value-vs-effort chart as inline SVG for the HTML page (no script, no external file), readable on its
/// own: axes titled with their units and ticked with round numbers, the four quadrants named, each point
/// labelled with its item's short title (placed by <see cref="ChartLabels"/> so no two labels overlap) and a
/// legend. The template lists the same points in a table for screen readers.
/// </summary>
public static class RoadmapSvg
{
    private const int Width = 720, Height = 500, Left = 72, Right = 16, Top = 16, Bottom = 60;
    private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Render(IReadOnlyList<ChartPoint> points, ChartUnits? units = null)
    {
        if (points.Count == 0)
        {
            return "";
        }
        units ??= ChartUnits.Points;
        var valueAxis = ChartAxis.For(points.Max(p => p.ActualValue));
        var effortAxis = ChartAxis.For(points.Max(p => p.ActualEffort));
        var svg = new StringBuilder(4096 + points.Count * 400);
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><svg class=\"value-effort\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"ve-title\">")
           .Append(CultureInfo.InvariantCulture, $"<title id=\"ve-title\">Value versus effort of the {points.Count} best-scored open items; the table below lists the same data</title>")
           .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{PlotWidth / 2}\" height=\"{PlotHeight / 2}\" class=\"q-wins\"/>")
           .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{PlotWidth}\" height=\"{PlotHeight}\" class=\"plot\"/>");
        Ticks(svg, valueAxis, effortAxis);

        var quadrants = new (string Name, double X, double Y, string Anchor)[]
        {
            ("Quick wins", Left + 6, Top + 14, "start"), ("Big bets", Width - Right - 6, Top + 14, "end"),
            ("Fill-ins", Left + 6, Height - Bottom - 6, "start"), ("Money pits", Width - Right - 6, Height - Bottom - 6, "end"),
        };
        var reserved = new List<ChartLabels.Area>();
        foreach (var (name, x, y, anchor) in quadrants)
        {
            var w = ChartLabels.TextWidth(name, 12) * 1.08;
            var left = anchor == "start" ? x : x - w;
            reserved.Add(new ChartLabels.Area(left, y - 12, left + w, y + 3));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" class=\"quadrant\" textLength=\"{F(w)}\" lengthAdjust=\"spacingAndGlyphs\">{name}</text>");
        }

        var centres = points.Select(p => (X: Left + p.Effort * PlotWidth, Y: Top + (1 - p.Value) * PlotHeight)).ToList();
        var labels = points.Select(p => ChartLabels.Short(p.Title)).ToList();
        var placed = ChartLabels.Place(centres, labels.Select(l => ChartLabels.TextWidth(l)).ToList(),
            new ChartLabels.Area(Left + 2, Top + 2, Width - Right - 2, Height - Bottom - 2), reserved);
        for (var i = 0; i < points.Count; i++)
        {
            var (point, (x, y), label) = (points[i], centres[i], placed[i]);
            var id = RoadmapText.Id(point.Id);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point\" id=\"ve-{id}\">");
            if (label.Leader)
            {
                var (lx, ly) = (Math.Clamp(x, label.X, label.X + label.Width), Math.Clamp(y, label.Y, label.Y + ChartLabels.Height));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{F(y)}\" x2=\"{F(lx)}\" y2=\"{F(ly)}\" class=\"leader\"/>");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\"><title>{ItemName(id)} {RoadmapText.Html(point.Title)}: value {Number(point.ActualValue)}, effort {Number(point.ActualEffort)}</title></circle>")
               .Append(CultureInfo.InvariantCulture, $"<text class=\"point-label\" data-for=\"{id}\" x=\"{F(label.X)}\" y=\"{F(label.Y + 11)}\" textLength=\"{F(label.Width)}\" lengthAdjust=\"spacingAndGlyphs\">{RoadmapText.Html(labels[i])}</text></g>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + PlotWidth / 2}\" y=\"{Height - 8}\" text-anchor=\"middle\" class=\"axis-title\">Effort ({RoadmapText.Html(units.Effort)}) →</text>")
           .Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + PlotHeight / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + PlotHeight / 2})\" class=\"axis-title\">Value ({RoadmapText.Html(units.Value)}) →</text>")
           .Append("</svg>")
           .Append("<figcaption class=\"legend\"><span class=\"swatch dot\"></span> an open item, labelled with its short title (a thin line joins a label placed away from its dot) · ")
           .Append("<span class=\"swatch wins\"></span> quick wins: high value, low effort · the middle of each axis splits the quadrants.</figcaption></figure>");
        return svg.ToString();
    }

    private static void Ticks(StringBuilder svg, ChartAxis valueAxis, ChartAxis effortAxis)
    {
        foreach (var tick in effortAxis.Ticks())
        {
            var x = F(Left + tick / effortAxis.Top * PlotWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{Height - Bottom + 4}\" class=\"grid\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" class=\"tick\">{Number(tick)}</text>");
        }
        foreach (var tick in valueAxis.Ticks())
        {
            var y = F(Top + (1 - tick / valueAxis.Top) * PlotHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left - 4}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" class=\"grid\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\" class=\"tick\">{Number(tick)}</text>");
        }
        // The quadrant split: the middle of each axis.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left + PlotWidth / 2}\" y1=\"{Top}\" x2=\"{Left + PlotWidth / 2}\" y2=\"{Height - Bottom}\" class=\"axis\"/>")
           .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + PlotHeight / 2}\" x2=\"{Width - Right}\" y2=\"{Top + PlotHeight / 2}\" class=\"axis\"/>");
    }

    public static string ItemName(string safeId) => safeId.All(char.IsAsciiDigit) ? "#" + safeId : safeId;

    private static string Number(double value) => Outcomes.Figures.Number(value);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
