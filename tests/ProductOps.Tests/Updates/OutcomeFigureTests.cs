using ProductOps.Updates.Digest;
using static ProductOps.Tests.Updates.Records;

namespace ProductOps.Tests.Updates;

/// <summary>The digest's outcome figures: throughput, cycle time, time in phase, trends, periods.</summary>
public sealed class OutcomeFigureTests
{
    private static readonly Period Week = new(Day(7), Day(14));

    [Theory]
    [InlineData(new double[] { }, null)]
    [InlineData(new double[] { 4 }, 4.0)]
    [InlineData(new double[] { 5, 1, 3 }, 3.0)]
    [InlineData(new double[] { 1, 2, 3, 10 }, 2.5)]
    [InlineData(new double[] { 0.25, 0.3 }, 0.3)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(double[] values, double? expected) =>
        Assert.Equal(expected, OutcomeFigures.Median(values));

    [Theory]
    [InlineData(null, null, "none")]
    [InlineData(null, 3.0, "none")]
    [InlineData(2.0, null, "new")]
    [InlineData(10.0, 10.4, "flat")]
    [InlineData(10.0, 9.6, "flat")]
    [InlineData(11.0, 10.0, "up")]
    [InlineData(9.0, 10.0, "down")]
    [InlineData(1.0, 0.0, "up")]
    [InlineData(0.0, 0.0, "flat")]
    public void The_trend_compares_with_the_previous_period_within_five_percent(double? current, double? previous, string expected) =>
        Assert.Equal(expected, OutcomeFigures.Trend(current, previous));

    [Theory]
    [InlineData(7.0, false)]
    [InlineData(7.0001, true)]
    [InlineData(14.0, true)]
    [InlineData(14.0001, false)]
    public void A_period_includes_its_end_and_not_its_start_so_consecutive_digests_never_share_an_instant(double day, bool inside) =>
        Assert.Equal(inside, Week.Contains(Day(day)));

    [Fact]
    public void Throughput_counts_items_closed_in_the_period_per_week()
    {
        var items = new[] { Item("1", 0, closed: 8), Item("2", 0, closed: 13), Item("3", 0, closed: 6), Item("4", 0) };

        Assert.Equal(2, OutcomeFigures.ThroughputPerWeek(items, Week));
        Assert.Equal(1, OutcomeFigures.ThroughputPerWeek(items, Week.Previous));
        Assert.Equal(1.5, OutcomeFigures.ThroughputPerWeek(items, new Period(Day(0), Day(14))));
    }

    [Fact]
    public void Cycle_time_runs_from_opened_to_closed_for_items_closed_in_the_period()
    {
        var items = new[] { Item("1", 0, closed: 8), Item("2", 4, closed: 13), Item("3", 1, closed: 12), Item("4", 0, closed: 3) };

        Assert.Equal(9, OutcomeFigures.MedianCycleDays(items, Week));
        Assert.Equal(3, OutcomeFigures.MedianCycleDays(items, Week.Previous));
    }

    [Fact]
    public void Time_in_a_phase_counts_stays_that_ended_in_the_period_by_moving_on_or_closing()
    {
        var items = new[]
        {
            Item("1", 0, null, null, null, "discovery@1", "alpha@8", "beta@12"),
            Item("2", 0, 13, null, null, "discovery@2", "alpha@5"),
            Item("3", 0, null, null, null, "alpha@9"),
        };

        var days = OutcomeFigures.MedianDaysInPhase(items, Week, ["discovery", "alpha", "beta", "live"]);

        Assert.Equal(7, days["discovery"]);
        Assert.Equal(6, days["alpha"]);
        Assert.Null(days["beta"]);
        Assert.Null(days["live"]);
        Assert.Equal(3, OutcomeFigures.MedianDaysInPhase(items, Week.Previous, ["discovery"])["discovery"]);
    }
}
