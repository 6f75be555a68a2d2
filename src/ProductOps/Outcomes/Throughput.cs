using System.Globalization;
using System.Text;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// Throughput per week over the last 12 weeks (the week holding the page's "as of" time last): items that reached
/// users (live, retired or closed), counted in the week they did. As inline SVG: one bar per week, each with its count.
/// </summary>
public static class Throughput
{
    public const int Weeks = 12;
    private const int Width = 600, Height = 200, Left = 36, Right = 8, Top = 18, Bottom = 40;

    public static IReadOnlyList<WeekCount> Weekly(IEnumerable<ItemRecord> records, OutcomesConfig config, DateTimeOffset asOf)
    {
        var day = DateOnly.FromDateTime(asOf.UtcDateTime);
        var lastMonday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var first = lastMonday.AddDays(-7 * (Weeks - 1));
        var counts = new int[Weeks];
        foreach (var record in records.Where(r => r.State != ItemState.Deleted && OutcomeBoard.IsShipped(r, config)))
        {
            if (OutcomeBoard.ShippedAt(record) is { } at && at <= asOf && DateOnly.FromDateTime(at.UtcDateTime) is var d && d >= first)
            {
                counts[(d.DayNumber - first.DayNumber) / 7]++;
            }
        }
        return counts.Select((c, i) => new WeekCount(first.AddDays(7 * i), c)).ToList();
    }

    public static string Render(IReadOnlyList<WeekCount> weeks)
    {
        if (weeks.Count == 0)
        {
            return "";
        }
        var axis = ChartAxis.For(Math.Max(weeks.Max(w => w.Shipped), 1));
        var step = Math.Max(1, Math.Ceiling(axis.Step));
        var top = Math.Ceiling(axis.Top / step) * step;
        var slot = (Width - Left - Right) / (double)weeks.Count;
        double Y(double v) => Top + (Height - Top - Bottom) * (1 - v / top);
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"throughput\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"tp-t\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"tp-t\">Items shipped per week over the last 12 weeks; the table below lists the same counts</title>");
        for (var v = 0.0; v <= top; v += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(Y(v))}\" x2=\"{Width - Right}\" y2=\"{F(Y(v))}\" stroke=\"#d0d7de\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v))}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\">{v}</text>");
        }
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = Left + i * slot;
            var y = Y(weeks[i].Shipped);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{F(x + slot * 0.15)}\" y=\"{F(y)}\" width=\"{F(slot * 0.7)}\" height=\"{F(Height - Bottom - y)}\" fill=\"#0969da\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text class=\"point-label\" x=\"{F(x + slot / 2)}\" y=\"{F(y - 4)}\" text-anchor=\"middle\" font-size=\"11\">{weeks[i].Shipped}</text>");
            // Every other week's date under the axis: twelve dates do not fit side by side on a phone.
            if (i % 2 == 1 || i == weeks.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + slot / 2)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Week(weeks[i].Monday)}</text>");
            }
        }
        return svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\" font-size=\"11\">Week starting (Monday, UTC)</text></svg>").ToString();
    }

    public static string Week(DateOnly monday) => monday.ToString("d MMM", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
