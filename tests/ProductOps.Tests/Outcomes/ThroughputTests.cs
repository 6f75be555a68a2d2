using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Outcomes;

/// <summary>Throughput per week: twelve Monday-to-Sunday weeks ending with the week of "as of", each shipped item counted once.</summary>
public sealed class ThroughputTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero); // a Thursday

    [Fact]
    public void Twelve_weeks_end_with_the_week_of_as_of_and_start_on_mondays()
    {
        var weeks = Throughput.Weekly([], new OutcomesConfig(), AsOf);

        Assert.Equal(12, weeks.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), weeks[^1].Monday);
        Assert.Equal(new DateOnly(2026, 9, 7), weeks[0].Monday);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Monday.DayOfWeek));
    }

    [Fact]
    public void Closed_and_live_items_count_in_their_week_and_older_or_later_ones_do_not()
    {
        ItemRecord Closed(string id, DateTimeOffset at) => ItemRecord.New(new ItemKey("github", "o/r", id)) with { State = ItemState.Closed, ClosedAt = at };
        var live = ItemRecord.New(new ItemKey("github", "o/r", "5")) with
        {
            Phase = "live",
            PhaseHistory = [new PhaseChange("live", new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero))],
        };
        var open = ItemRecord.New(new ItemKey("github", "o/r", "6"));

        var weeks = Throughput.Weekly(
            [Closed("1", AsOf.AddHours(-1)), Closed("2", new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero)), Closed("3", AsOf.AddDays(-200)), Closed("4", AsOf.AddDays(1)), live, open],
            new OutcomesConfig(), AsOf);

        Assert.Equal(1, weeks[^1].Shipped);
        Assert.Equal(2, weeks[^2].Shipped);
        Assert.Equal(3, weeks.Sum(w => w.Shipped));
    }
}
