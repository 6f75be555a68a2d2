using ProductOps.Gates;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Updates;

/// <summary>Board-index rows for the digest and announcement rules, with days counted from one start date.</summary>
internal static class Records
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(double day) => Start.AddDays(day);

    /// <summary>An item opened on <paramref name="opened"/>, closed on <paramref name="closed"/>, entering phases as "alpha@3".</summary>
    public static ItemRecord Item(string id, double opened, double? closed = null, double? score = null, string? gate = null, params string[] phases) => new()
    {
        Key = new ItemKey("github", "octo-org/app", id),
        Title = "Item " + id,
        Url = "https://github.com/octo-org/app/issues/" + id,
        State = closed is null ? ItemState.Open : ItemState.Closed,
        CreatedAt = Day(opened),
        ClosedAt = closed is { } c ? Day(c) : null,
        Score = score is { } s ? new ScoreSnapshot(s, new Dictionary<string, double>()) : null,
        GateStatus = gate,
        PhaseHistory = phases.Select(p => p.Split('@')).Select(p => new PhaseChange(p[0], Day(double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))).ToList(),
        Phase = phases.Length == 0 ? null : phases[^1].Split('@')[0],
    };

    public static ItemRecord WithGate(this ItemRecord r, string phase, double at, string status, bool reverted = false) =>
        r with { Gate = new GateAttempt(phase, null, Day(at), reverted, []), GateStatus = status };
}
