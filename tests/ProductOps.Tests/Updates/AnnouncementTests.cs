using ProductOps.Updates;
using static ProductOps.Tests.Updates.Records;

namespace ProductOps.Tests.Updates;

/// <summary>Which announcements an item's change calls for, read from its row before and after processing.</summary>
public sealed class AnnouncementTests
{
    [Fact]
    public void Entering_a_phase_announces_the_move_with_the_time_spent_in_the_previous_phase()
    {
        var before = Item("1", 0, null, null, null, "alpha@1");
        var after = Item("1", 0, null, null, null, "alpha@1", "beta@5").WithGate("beta", 5, "passed");

        var found = Announcements.Detect(before, after);

        Assert.Equal([UpdateTemplates.PhaseChanged, UpdateTemplates.GatePassed], found.Select(a => a.Template));
        Assert.Equal(("alpha", "beta", 4.0), (found[0].Model.Phase!.From, found[0].Model.Phase!.To, found[0].Model.Phase!.DaysInPrevious));
    }

    [Fact]
    public void A_failed_gate_that_reverted_the_move_announces_the_failure_only()
    {
        var before = Item("1", 0, null, null, null, "alpha@1");
        var after = Item("1", 0, null, null, null, "alpha@1").WithGate("beta", 5, "failed", reverted: true);

        var found = Assert.Single(Announcements.Detect(before, after));

        Assert.Equal(UpdateTemplates.GateFailed, found.Template);
        Assert.True(found.Model.Gate!.Reverted);
    }

    [Fact]
    public void A_failed_gate_whose_criteria_are_later_met_announces_the_pass()
    {
        var before = Item("1", 0, null, null, null, "alpha@1", "beta@5").WithGate("beta", 5, "failed");
        var after = before with { GateStatus = "passed" };

        Assert.Equal(UpdateTemplates.GatePassed, Assert.Single(Announcements.Detect(before, after)).Template);
    }

    [Fact]
    public void Nothing_new_announces_nothing_and_the_same_change_always_gets_the_same_id()
    {
        var before = Item("1", 0, null, null, null, "alpha@1");
        var after = Item("1", 0, null, null, null, "alpha@1", "beta@5").WithGate("beta", 5, "conditional");

        Assert.Empty(Announcements.Detect(after, after));
        Assert.Equal(Announcements.Detect(before, after).Select(a => a.Id), Announcements.Detect(before, after with { Title = "renamed" }).Select(a => a.Id));
        Assert.Equal(2, Announcements.Detect(before, after).Select(a => a.Id).Distinct().Count());
    }
}
