using ProductOps.WorkItems;

namespace ProductOps.Updates.Digest;

/// <summary>
/// The digest's outcome figures, as pure functions over board-index rows: throughput (items closed
/// per week), cycle time (opened to closed, in days) and time in each phase (entered to left, in days),
/// each for a period and compared with the period of the same length just before it.
/// </summary>
public static class OutcomeFigures
{
    /// <summary>Items closed in (from, to], per 7 days of the period.</summary>
    public static double ThroughputPerWeek(IEnumerable<ItemRecord> items, Period period)
    {
        var closed = items.Count(i => i.State == ItemState.Closed && i.ClosedAt is { } at && period.Contains(at));
        return Math.Round(closed / Math.Max(period.Length.TotalDays, 1) * 7, 1);
    }

    /// <summary>The median days from opened to closed of the items closed in the period; null when none.</summary>
    public static double? MedianCycleDays(IEnumerable<ItemRecord> items, Period period) =>
        Median(items
            .Where(i => i.State == ItemState.Closed && i.ClosedAt is { } at && period.Contains(at) && i.CreatedAt is not null)
            .Select(i => (i.ClosedAt!.Value - i.CreatedAt!.Value).TotalDays));

    /// <summary>Per phase, the median days of the stays that ended in the period (the item moved on or closed).</summary>
    public static IReadOnlyDictionary<string, double?> MedianDaysInPhase(IEnumerable<ItemRecord> items, Period period, IEnumerable<string> phases)
    {
        var stays = items.SelectMany(Stays).Where(s => s.Left is { } left && period.Contains(left)).ToList();
        return phases.ToDictionary(
            p => p,
            p => Median(stays.Where(s => string.Equals(s.Phase, p, StringComparison.OrdinalIgnoreCase)).Select(s => (s.Left!.Value - s.Entered).TotalDays)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each phase the item was in: entered at its history entry, left at the next entry or when it closed.</summary>
    public static IEnumerable<PhaseStay> Stays(ItemRecord item)
    {
        var history = item.PhaseHistory.OrderBy(h => h.EnteredAt).ToList();
        for (var i = 0; i < history.Count; i++)
        {
            var left = i + 1 < history.Count ? history[i + 1].EnteredAt : item.State == ItemState.Closed ? item.ClosedAt : null;
            yield return new PhaseStay(history[i].Phase, history[i].EnteredAt, left);
        }
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    /// <summary>"up" or "down" when the figure moved by more than 5% of the previous one, else "flat"; "new" without a previous figure; "none" without a figure.</summary>
    public static string Trend(double? current, double? previous)
    {
        if (current is not { } now)
        {
            return "none";
        }
        if (previous is not { } before)
        {
            return "new";
        }
        var tolerance = Math.Max(Math.Abs(before) * 0.05, 1e-9);
        return now - before > tolerance ? "up" : before - now > tolerance ? "down" : "flat";
    }
}
