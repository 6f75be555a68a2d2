using ProductOps.Commands;
using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

public sealed class OutcomeCommandsTests
{
    private static readonly ProductOpsConfig Config = new()
    {
        Outcomes = new OutcomesConfig
        {
            Goals =
            [
                new Goal("activation", "Faster activation", new Kpi("Week-1 activation", "%", KpiDirection.Up), 32, 45, new DateOnly(2027, 6, 30)),
                new Goal("support-load", "Fewer tickets", new Kpi("Tickets per 100 accounts", "tickets", KpiDirection.Down), 18, 10, new DateOnly(2027, 3, 31)),
            ],
        },
    };

    private static readonly PostedComment Comment = new("901", "alice", "", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private static readonly ItemRecord Record = ItemRecord.New(new ItemKey("github", "octo/app", "7")) with { Goal = "support-load" };

    [Theory]
    [InlineData("activation 47%", "activation", 47)]
    [InlineData("activation 47 %", "activation", 47)]
    [InlineData("Support-Load 12.5 tickets", "support-load", 12.5)]
    [InlineData("support-load 1,200", "support-load", 1200)]
    public void Kpi_records_the_goal_value_date_author_and_source(string arguments, string goal, double value)
    {
        var answer = new KpiCommand().Run(new CommandContext(Record, Config, Comment), arguments);

        Assert.True(answer.Ok);
        Assert.Equal(new KpiValue(goal, value, Comment.At, "alice", "901"), answer.Kpi);
    }

    [Theory]
    [InlineData("", "`/kpi` needs a goal and a value. Write `/kpi <goal> <value>` with a goal of `activation`, `support-load`")]
    [InlineData("retention 3", "`retention` is not a goal here.")]
    [InlineData("activation lots", "`lots` is not a number of `%` for `Week-1 activation`.")]
    [InlineData("activation", "`/kpi activation` needs a value.")]
    public void Kpi_with_a_bad_goal_or_value_says_what_is_valid(string arguments, string message)
    {
        var answer = new KpiCommand().Run(new CommandContext(Record, Config, Comment), arguments);

        Assert.False(answer.Ok);
        Assert.Null(answer.Kpi);
        Assert.Contains(message, answer.Text);
    }

    [Fact]
    public void Kpi_without_declared_goals_points_to_the_docs()
    {
        var answer = new KpiCommand().Run(new CommandContext(Record, new ProductOpsConfig(), Comment), "activation 3");

        Assert.Contains("declares none (see docs/outcomes.md)", answer.Text);
    }

    [Theory]
    [InlineData("9 tickets", 9.0)]
    [InlineData("tickets fell by a third in March", null)]
    public void Outcome_keeps_the_text_and_its_number_when_it_is_one(string arguments, double? value)
    {
        var answer = new OutcomeCommand().Run(new CommandContext(Record, Config, Comment), arguments);

        Assert.True(answer.Ok);
        Assert.Equal(new MeasuredOutcome(arguments, value, "alice", Comment.At, "901"), answer.Record.Outcome);
    }

    [Fact]
    public void Outcome_without_text_says_how_to_write_one() =>
        Assert.Contains("`/outcome 4.5`", new OutcomeCommand().Run(new CommandContext(Record, Config, Comment), "").Text);
}
