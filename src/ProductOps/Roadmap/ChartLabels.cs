namespace ProductOps.Roadmap;

/// <summary>
/// Places one label per chart point so that no two labels overlap and no label covers a point: each
/// label tries spots around its point at growing distances (right, left, above, below, then the
/// diagonals) and takes the first free one inside the plot; past the first ring a leader line joins it
/// to its point. Labels have a fixed width per character (the SVG sets <c>textLength</c> to it), so the
/// boxes computed here are the boxes the browser draws.
/// </summary>
public static class ChartLabels
{
    /// <summary>
    /// The width planned for a label at the chart's 11 px font, by character class (close to common sans-serif
    /// fonts); the SVG fixes the drawn width to it with <c>textLength</c>, so a wider font is squeezed a little
    /// rather than running into a neighbour.
    /// </summary>
    public static double TextWidth(string text, double fontSize = 11) => fontSize / 11 * text.Sum(c => c switch
    {
        'i' or 'j' or 'l' or 'I' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 3.3,
        'f' or 't' or 'r' or ' ' or '(' or ')' or '-' => 4.2,
        'm' or 'w' or 'M' or 'W' or '@' or '%' => 9.6,
        '…' => 11,
        _ when char.IsAsciiLetterUpper(c) => 7.6,
        _ when char.IsAsciiDigit(c) => 7,
        _ => 6.4,
    });
    public const double Height = 14;

    /// <summary>A title cut to about <paramref name="max"/> characters at a word end ("Faster sign-up…"), for a chart label.</summary>
    public static string Short(string title, int max = 20)
    {
        var line = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
        {
            return line;
        }
        var cut = line.LastIndexOf(' ', max - 1);
        return (cut >= max / 2 ? line[..cut] : line[..(max - 1)]).TrimEnd(' ', ',', ':', ';', '-') + "…";
    }
    private const double PointRadius = 6;
    private const double Gap = 2;
    private static readonly double[] Distances = [4, 14, 28, 44, 62, 84, 110];
    private static readonly (double Dx, double Dy)[] Directions = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1)];

    /// <summary>A label's box (x, y = top left) and whether it sits away from its point (draw a leader line).</summary>
    public sealed record Placed(double X, double Y, double Width, bool Leader);

    public sealed record Area(double Left, double Top, double Right, double Bottom);

    /// <param name="points">Point centres in drawing order; labels are placed in that order (the best items first).</param>
    /// <param name="widths">Each label's width.</param>
    /// <param name="reserved">Boxes already drawn (quadrant names) that no label may cover.</param>
    public static IReadOnlyList<Placed> Place(IReadOnlyList<(double X, double Y)> points, IReadOnlyList<double> widths, Area area, IReadOnlyList<Area>? reserved = null)
    {
        var taken = points.Select(p => new Box(p.X - PointRadius, p.Y - PointRadius, p.X + PointRadius, p.Y + PointRadius))
            .Concat((reserved ?? []).Select(r => new Box(r.Left, r.Top, r.Right, r.Bottom))).ToList();
        var placed = new List<Placed>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var free = Candidates(points[i], widths[i], area).Where(c => !taken.Any(t => t.Overlaps(c.Box))).Take(1).ToList();
            var (box, near) = free.Count == 1 ? free[0] : (Scan(points[i], widths[i], area, taken), false);
            taken.Add(box);
            placed.Add(new Placed(box.Left, box.Top, widths[i], !near));
        }
        return placed;
    }

    private static IEnumerable<(Box Box, bool Near)> Candidates((double X, double Y) p, double width, Area area)
    {
        foreach (var d in Distances)
        {
            foreach (var (dx, dy) in Directions)
            {
                // The box's edge nearest the point sits d beyond the point's radius.
                var cx = p.X + dx * (PointRadius + d + width / 2);
                var cy = p.Y + dy * (PointRadius + d + Height / 2);
                var box = Box.Around(cx, cy, width);
                if (box.Inside(area))
                {
                    yield return (box, d == Distances[0]);
                }
            }
        }
    }

    /// <summary>The free spot nearest the point on a 4 px grid over the whole plot: the last resort of a crowded corner.</summary>
    private static Box Scan((double X, double Y) p, double width, Area area, List<Box> taken)
    {
        Box? best = null;
        var bestDistance = double.MaxValue;
        for (var y = area.Top; y + Height <= area.Bottom; y += 4)
        {
            for (var x = area.Left; x + width <= area.Right; x += 4)
            {
                var box = new Box(x, y, x + width, y + Height);
                var distance = Math.Pow(box.Centre.X - p.X, 2) + Math.Pow(box.Centre.Y - p.Y, 2);
                if (distance < bestDistance && !taken.Any(t => t.Overlaps(box)))
                {
                    (best, bestDistance) = (box, distance);
                }
            }
        }
        // A plot with no free spot at all (hundreds of points): the caller caps the points, so this is not reached in practice.
        return best ?? Box.Around(p.X, p.Y + PointRadius + Height, width);
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public (double X, double Y) Centre => ((Left + Right) / 2, (Top + Bottom) / 2);

        public static Box Around(double cx, double cy, double width) => new(cx - width / 2, cy - Height / 2, cx + width / 2, cy + Height / 2);

        public bool Inside(Area area) => Left >= area.Left && Right <= area.Right && Top >= area.Top && Bottom <= area.Bottom;

        public bool Overlaps(Box other) =>
            Left < other.Right + Gap && other.Left < Right + Gap && Top < other.Bottom + Gap && other.Top < Bottom + Gap;
    }
}
