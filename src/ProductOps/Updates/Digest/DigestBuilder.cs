using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Updates.Digest;

/// <summary>
/// Builds the digest of one repository or project for a period from its board-index rows: what moved
/// phase, shipped (closed) and is new in the period, the top open items by score, the open items whose
/// gate failed, and the outcome figures against the period before.
/// </summary>
public static class DigestBuilder
{
    public static DigestModel Build(string provider, string container, IReadOnlyList<ItemRecord> items, Period period, int top, IReadOnlyList<string> phases)
    {
        var moved = items
            .SelectMany(i => Moves(i).Where(m => period.Contains(m.At)).Select(m => (Item: i, Move: m)))
            .OrderBy(m => m.Move.At).ThenBy(m => m.Item.Key.Id, StringComparer.Ordinal)
            .Select(m => new PhaseMoveModel(ItemModel.From(m.Item), m.Move.From, m.Move.To, Announcements.Date(m.Move.At)))
            .ToList();
        var shipped = Models(items.Where(i => i.State == ItemState.Closed && i.ClosedAt is { } at && period.Contains(at)).OrderBy(i => i.ClosedAt));
        var created = Models(items.Where(i => i.State != ItemState.Deleted && i.CreatedAt is { } at && period.Contains(at)).OrderBy(i => i.CreatedAt));
        var open = items.Where(i => i.State == ItemState.Open).ToList();
        var best = Models(open.Where(i => i.Score?.Score is not null).OrderByDescending(i => i.Score!.Score).ThenBy(i => i.Key.Id, StringComparer.Ordinal).Take(top));
        var failing = Models(open.Where(i => i.GateStatus == "failed").OrderBy(i => i.Key.Id, StringComparer.Ordinal));

        var previous = period.Previous;
        var throughput = OutcomeFigures.ThroughputPerWeek(items, period);
        var throughputBefore = OutcomeFigures.ThroughputPerWeek(items, previous);
        var cycle = OutcomeFigures.MedianCycleDays(items, period);
        var cycleBefore = OutcomeFigures.MedianCycleDays(items, previous);
        var allPhases = phases.Concat(items.SelectMany(i => i.PhaseHistory.Select(h => h.Phase))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var inPhase = OutcomeFigures.MedianDaysInPhase(items, period, allPhases);
        var inPhaseBefore = OutcomeFigures.MedianDaysInPhase(items, previous, allPhases);
        var phaseFigures = allPhases
            .Where(p => inPhase[p] is not null || inPhaseBefore[p] is not null)
            .Select(p => new PhaseFigureModel(p, inPhase[p], inPhaseBefore[p], OutcomeFigures.Trend(inPhase[p], inPhaseBefore[p])))
            .ToList();

        var outcomes = new OutcomesModel(
            new FigureModel(throughput, throughputBefore, OutcomeFigures.Trend(throughput, throughputBefore)),
            new FigureModel(cycle, cycleBefore, OutcomeFigures.Trend(cycle, cycleBefore)),
            phaseFigures);
        return new DigestModel(container, provider, Announcements.Date(period.From), Announcements.Date(period.To), Math.Round(period.Length.TotalDays, 1),
            moved, shipped, created, best, failing, outcomes, IsEmpty: moved.Count == 0 && shipped.Count == 0 && created.Count == 0);
    }

    private static IEnumerable<(string? From, string To, DateTimeOffset At)> Moves(ItemRecord item)
    {
        var history = item.PhaseHistory.OrderBy(h => h.EnteredAt).ToList();
        for (var i = 0; i < history.Count; i++)
        {
            yield return (i == 0 ? null : history[i - 1].Phase, history[i].Phase, history[i].EnteredAt);
        }
    }

    private static List<ItemModel> Models(IEnumerable<ItemRecord> items) => items.Select(ItemModel.From).ToList();
}
