using ProductOps.Outcomes;
using ProductOps.Tests.Scoring;
using ProductOps.WorkItems;

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

    /// <summary>A GitHub Projects card's field of the same name links too: after the label, before the issue-form section.</summary>
    [Theory]
    [InlineData(new string[0], new string[0], "Fewer tickets", "support-load")]
    [InlineData(new string[0], new[] { "Goal=activation" }, "support-load", "support-load")]
    [InlineData(new[] { "goal:activation" }, new string[0], "support-load", "activation")]
    [InlineData(new string[0], new[] { "Goal=activation" }, null, "activation")]
    public void A_project_field_names_the_goal_after_the_label_and_before_the_issue_form(string[] labels, string[] fields, string? card, string goal)
    {
        var values = card is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["goal"] = card };
        var item = Items.With(labels, fields) with { Board = new BoardCard("PVT_1", "PVTI_1", 1, "Roadmap", values, []) };

        Assert.Equal(goal, GoalLink.For(item, Config));
    }
}
