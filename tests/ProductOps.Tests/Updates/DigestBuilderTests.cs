using ProductOps.Updates.Digest;
using ProductOps.WorkItems;
using static ProductOps.Tests.Updates.Records;

namespace ProductOps.Tests.Updates;

/// <summary>What goes into a digest for a period: moves, shipped, new, top by score, failing gates.</summary>
public sealed class DigestBuilderTests
{
    private static readonly Period Week = new(Day(7), Day(14));

    private static readonly ItemRecord[] Board =
    [
        Item("1", 0, closed: 9, score: 20, gate: null, "alpha@1", "beta@5", "live@8"),
        Item("2", 8, closed: null, score: 12.5, gate: null, "alpha@10"),
        Item("3", 1, closed: null, score: 30, gate: "failed", "alpha@2"),
        Item("4", 2, closed: 6),
        Item("5", 13.5, closed: null, score: 1),
    ];

    [Fact]
    public void A_digest_lists_what_moved_shipped_and_arrived_in_the_period_only()
    {
        var digest = DigestBuilder.Build("github", "octo-org/app", Board, Week, top: 2, phases: ["discovery", "alpha", "beta", "live"]);

        Assert.Equal(["1:beta>live", "2:>alpha"], digest.Moved.Select(m => $"{m.Item.Id}:{m.From}>{m.To}"));
        Assert.Equal(["1"], digest.Shipped.Select(i => i.Id));
        Assert.Equal(["2", "5"], digest.New.Select(i => i.Id));
        Assert.Equal(["3", "2"], digest.Top.Select(i => i.Id));
        Assert.Equal(["3"], digest.FailingGates.Select(i => i.Id));
        Assert.False(digest.IsEmpty);
        Assert.Equal(("2026-11-09", "2026-11-16", 7.0), (digest.From, digest.To, digest.Days));
    }

    [Fact]
    public void The_outcomes_compare_the_period_with_the_one_before()
    {
        var digest = DigestBuilder.Build("github", "octo-org/app", Board, Week, top: 5, phases: ["alpha", "beta"]);

        Assert.Equal((1.0, 1.0, "flat"), (digest.Outcomes.Throughput.Value!.Value, digest.Outcomes.Throughput.Previous!.Value, digest.Outcomes.Throughput.Trend));
        Assert.Equal((9.0, 4.0, "up"), (digest.Outcomes.CycleDays.Value!.Value, digest.Outcomes.CycleDays.Previous!.Value, digest.Outcomes.CycleDays.Trend));
        Assert.Contains(digest.Outcomes.TimeInPhase, p => p.Phase == "beta" && p.Value == 3 && p.Trend == "new");
        Assert.Contains(digest.Outcomes.TimeInPhase, p => p.Phase == "alpha" && p.Value is null && p.Previous == 4 && p.Trend == "none");
    }

    [Fact]
    public void A_quiet_period_gives_an_empty_digest_that_still_has_the_board_figures()
    {
        var digest = DigestBuilder.Build("github", "octo-org/app", Board, new Period(Day(20), Day(27)), top: 5, phases: []);

        Assert.True(digest.IsEmpty);
        Assert.Empty(digest.Moved);
        Assert.Equal(["3", "2", "5"], digest.Top.Select(i => i.Id));
    }
}
