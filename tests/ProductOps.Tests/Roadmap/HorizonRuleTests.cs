using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Roadmap;

/// <summary>The Now / Next / Later rule (docs/roadmap.md) with the defaults plus a Next milestone "Q3" and a Next minimum score of 100.</summary>
public sealed class HorizonRuleTests
{
    private static readonly RoadmapConfig Config = RoadmapConfig.Defaults with { Next = RoadmapConfig.Defaults.Next with { Milestones = ["Q3"], MinScore = 100 } };

    [Theory]
    [InlineData("beta", null, null, "Now")]
    [InlineData("alpha", null, 5.0, "Now")]
    [InlineData("ALPHA", null, null, "Now")]
    [InlineData("discovery", null, null, "Next")]
    [InlineData(null, "Q3", null, "Next")]
    [InlineData(null, null, 100.0, "Next")]
    [InlineData(null, null, 99.9, "Later")]
    [InlineData(null, null, null, "Later")]
    [InlineData("experiment", "Q4", null, "Later")]
    [InlineData("live", "Q3", 500.0, "none")]
    [InlineData("retirement", null, null, "none")]
    public void An_open_item_lands_on_the_horizon_its_phase_milestone_and_score_call_for(string? phase, string? milestone, double? score, string horizon)
    {
        var record = new ItemRecord
        {
            Key = new ItemKey("github", "o/r", "1"),
            Title = "t",
            Phase = phase,
            Milestone = milestone,
            Score = score is null ? null : new ScoreSnapshot(score, new Dictionary<string, double>()),
        };

        var page = RoadmapBuilder.Build([record], Config, "o/r");

        var found = page.Horizons.Where(h => h.Items.Count > 0).Select(h => h.Name).ToList();
        Assert.Equal(horizon == "none" ? [] : [horizon], found);
    }

    [Fact]
    public void A_phase_label_stands_in_when_no_gate_has_recorded_a_phase()
    {
        var record = new ItemRecord { Key = new ItemKey("github", "o/r", "1"), Labels = ["phase:Beta"] };
        Assert.Equal("beta", RoadmapBuilder.PhaseOf(record));
    }

    [Fact]
    public void Closed_items_are_left_off_the_roadmap()
    {
        var record = new ItemRecord { Key = new ItemKey("github", "o/r", "1"), State = ItemState.Closed, Phase = "beta" };
        var page = RoadmapBuilder.Build([record], Config, "o/r");
        Assert.Equal(0, page.OpenItems);
        Assert.All(page.Horizons, h => Assert.Empty(h.Items));
    }
}
