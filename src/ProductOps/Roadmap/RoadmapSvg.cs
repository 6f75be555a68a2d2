using System.Globalization;
using System.Text;

namespace ProductOps.Roadmap;

/// <summary>
/// The value-vs-effort chart as inline SVG for the HTML page (no script, no external file): four
/// quadrants, one dot per item with its encoded title as a tooltip, labelled by item id.
/// </summary>
public static class RoadmapSvg
{
    private const int Size = 400;
    private const int Pad = 30;

    public static string Render(IReadOnlyList<ChartPoint> points)
    {
        if (points.Count == 0)
        {
            return "";
        }

        var inner = Size - 2 * Pad;
        var half = Pad + inner / 2;
        var svg = new StringBuilder(512 + points.Count * 200);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-label=\"Value versus effort\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Pad}\" y=\"{Pad}\" width=\"{inner}\" height=\"{inner}\" class=\"plot\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{half}\" y1=\"{Pad}\" x2=\"{half}\" y2=\"{Size - Pad}\" class=\"axis\"/><line x1=\"{Pad}\" y1=\"{half}\" x2=\"{Size - Pad}\" y2=\"{half}\" class=\"axis\"/>");
        Label(svg, Pad + 6, Pad + 16, "Quick wins");
        Label(svg, half + 6, Pad + 16, "Big bets");
        Label(svg, Pad + 6, Size - Pad - 8, "Fill-ins");
        Label(svg, half + 6, Size - Pad - 8, "Money pits");
        Label(svg, Pad, Size - 8, "Effort →");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{Size - Pad}\" transform=\"rotate(-90 12 {Size - Pad})\" class=\"quadrant\">Value →</text>");
        foreach (var point in points)
        {
            var x = Pad + point.Effort * inner;
            var y = Size - Pad - point.Value * inner;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point\"><circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\"><title>#{RoadmapText.Id(point.Id)} {RoadmapText.Html(point.Title)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 7:0.#}\" y=\"{y + 4:0.#}\">#{RoadmapText.Id(point.Id)}</text></g>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static void Label(StringBuilder svg, int x, int y, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" class=\"quadrant\">{text}</text>");
}
