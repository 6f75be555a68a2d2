using ProductOps.Gates;

namespace ProductOps.Tests.Gates;

public sealed class TimeAndSkippingTests
{
    [Theory]
    [InlineData(14, "alpha", 20.5, true, "20 days in alpha")]
    [InlineData(14, "alpha", 14, true, "14 days in alpha")]
    [InlineData(14, "alpha", 13.9, false, "13 days in alpha")]
    [InlineData(1, "alpha", 0.2, false, "0 days in alpha")]
    [InlineData(0, "alpha", 0, true, "0 days in alpha")]
    [InlineData(14, null, 0, false, "no earlier phase recorded")]
    public void Time_in_the_previous_phase_comes_from_the_phase_history(double days, string? from, double spent, bool met, string found)
    {
        var result = Assert.Single(Gate.Check(new MinimumDaysInPreviousPhase(days), Gate.Item(), from: from, daysInFrom: spent).Criteria);

        Assert.Equal((met, found), (result.Met, result.Found));
    }

    [Theory]
    [InlineData(null, "discovery", true, "from no phase")]
    [InlineData(null, "alpha", false, "from no phase, skipping discovery")]
    [InlineData("discovery", "alpha", true, "from discovery")]
    [InlineData("alpha", "beta", true, "from alpha")]
    [InlineData("alpha", "live", false, "from alpha, skipping beta")]
    [InlineData("discovery", "live", false, "from discovery, skipping alpha, beta")]
    [InlineData("live", "alpha", true, "from live")]
    [InlineData("beta", "beta", true, "from beta")]
    public void Skipping_forward_over_a_phase_is_a_miss_and_moving_back_is_not(string? from, string target, bool met, string found)
    {
        var result = Assert.Single(Gate.Check(new NoSkipping(), Gate.Item(), target: target, from: from).Criteria);

        Assert.Equal((met, found), (result.Met, result.Found));
    }

    [Fact]
    public void A_gate_without_a_skipping_criterion_lets_an_item_jump_phases()
    {
        var result = Gate.Check(new LabelsForbidden(["blocked"]), Gate.Item(), target: "live", from: "discovery");

        Assert.Equal(GateStatus.Passed, result.Status);
    }
}
