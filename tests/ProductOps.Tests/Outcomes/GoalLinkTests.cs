using ProductOps.Outcomes;
using ProductOps.Tests.Scoring;

namespace ProductOps.Tests.Outcomes;

public sealed class GoalLinkTests
{
    private static readonly OutcomesConfig Config = new()
    {
        Goals =
        [
            new Goal("activation", "Faster activation", new Kpi("Activation", "%", KpiDirection.Up), 30, 45, new DateOnly(2027, 6, 30)),
            new Goal("support-load", "Fewer tickets", new Kpi("Tickets", "tickets", KpiDirection.Down), 18, 10, new DateOnly(2027, 3, 31)),
        ],
    };

    [Theory]
    [InlineData(new[] { "bug", "goal:activation" }, new string[0], "activation")]
    [InlineData(new[] { "Goal:Support-Load" }, new string[0], "support-load")]
    [InlineData(new string[0], new[] { "Goal=activation" }, "activation")]
    [InlineData(new string[0], new[] { "Goal=Fewer tickets" }, "support-load")]
    [InlineData(new[] { "goal:activation" }, new[] { "Goal=support-load" }, "activation")]
    [InlineData(new[] { "goal:unknown" }, new string[0], null)]
    [InlineData(new[] { "bug" }, new[] { "Goal=_No response_" }, null)]
    [InlineData(new string[0], new string[0], null)]
    public void An_item_names_its_goal_by_label_first_then_by_field(string[] labels, string[] fields, string? goal) =>
        Assert.Equal(goal, GoalLink.For(Items.With(labels, fields), Config));

    [Fact]
    public void The_label_prefix_is_configurable() =>
        Assert.Equal("activation", GoalLink.For(Items.Labelled("outcome/activation"), Config with { LabelPrefix = "outcome/" }));
}
