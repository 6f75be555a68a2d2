using System.Globalization;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// Groups a project roadmap's open items by the group-by field (docs/projects.md), a pure function:
/// iterations by start date (an ended one is done, the one holding today current), single-select
/// options in the field's order, dates by month, other values by name; items without a value last,
/// in "No &lt;field&gt;". Within a group items keep the page's order (best first).
/// </summary>
public static class RoadmapGroups
{
    public static RoadmapGrouping Build(RoadmapGroupField field, IReadOnlyList<(ItemRecord Record, RoadmapItem Item)> bestFirst, RoadmapProjectView view)
    {
        var groups = new Dictionary<string, (RoadmapGroupValue Value, List<RoadmapItem> Items)>(StringComparer.Ordinal);
        var none = new List<RoadmapItem>();
        foreach (var (record, item) in bestFirst)
        {
            if (view.Values.GetValueOrDefault(record.Key) is not { } value || Key(field, value) is not { } key)
            {
                none.Add(item);
                continue;
            }
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = (field.Kind == BoardFieldKind.Date ? new RoadmapGroupValue(key, value.Start) : value, []);
            }
            group.Items.Add(item);
        }

        var ordered = Order(field, groups.Values.Select(g => g.Value)).Select(v =>
        {
            var items = groups[Key(field, v)!].Items;
            return field.Kind switch
            {
                BoardFieldKind.Iteration => Iteration(v, items, view.Today),
                BoardFieldKind.Date => new RoadmapGroup(Month(v.Start!.Value), items),
                _ => new RoadmapGroup(v.Name, items),
            };
        }).ToList();
        if (none.Count > 0)
        {
            ordered.Add(new RoadmapGroup("No " + field.Name, none) { IsEmptyValue = true });
        }
        return new RoadmapGrouping(field.Name, ordered);
    }

    /// <summary>The group an item falls in: a date field groups by month (yyyy-MM); a date that does not parse has no group.</summary>
    private static string? Key(RoadmapGroupField field, RoadmapGroupValue value) => field.Kind switch
    {
        BoardFieldKind.Date => value.Start?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => string.IsNullOrWhiteSpace(value.Name) ? null : value.Name,
    };

    private static IEnumerable<RoadmapGroupValue> Order(RoadmapGroupField field, IEnumerable<RoadmapGroupValue> values) => field.Kind switch
    {
        BoardFieldKind.Iteration or BoardFieldKind.Date => values.OrderBy(v => v.Start ?? DateOnly.MaxValue).ThenBy(v => v.Name, StringComparer.Ordinal),
        // An option that is no longer among the field's options (renamed since) goes after them.
        BoardFieldKind.SingleSelect => values.OrderBy(v => IndexOf(field.Options, v.Name)).ThenBy(v => v.Name, StringComparer.Ordinal),
        BoardFieldKind.Number => values.OrderBy(v => double.TryParse(v.Name, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue),
        _ => values.OrderBy(v => v.Name, StringComparer.Ordinal),
    };

    private static int IndexOf(IReadOnlyList<string> options, string name)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private static RoadmapGroup Iteration(RoadmapGroupValue value, List<RoadmapItem> items, DateOnly today)
    {
        if (value.Start is not { } start)
        {
            return new RoadmapGroup(value.Name, items);
        }
        // GitHub's duration counts days from the start date: a 14-day iteration from 1 Dec ends on 14 Dec.
        var end = start.AddDays(Math.Max(1, value.Days ?? 1) - 1);
        return new RoadmapGroup(value.Name, items)
        {
            Dates = Span(start, end),
            Done = end < today,
            Current = start <= today && today <= end,
        };
    }

    private static string Span(DateOnly start, DateOnly end) =>
        start.Year == end.Year
            ? $"{start.ToString("d MMM", CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
            : $"{start.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    private static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
