using ProductOps.Outcomes;
using ProductOps.Tests.Configuration;

namespace ProductOps.Tests.Outcomes;

public sealed class GoalsConfigTests
{
    [Fact]
    public void Goals_are_read_with_their_kpi_baseline_and_dated_target()
    {
        var result = ConfigFixtures.Load("goals.yml");

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var outcomes = result.Config!.Outcomes;
        Assert.Equal(
            [
                new Goal("activation", "More new teams reach value in their first week", new Kpi("Week-1 activation", "%", KpiDirection.Up), 32, 45, new DateOnly(2027, 6, 30)),
                new Goal("support-load", "Fewer support tickets per 100 accounts", new Kpi("Tickets per 100 accounts", "tickets", KpiDirection.Down), 18, 10, new DateOnly(2027, 3, 31)),
            ],
            outcomes.Goals);
        Assert.Equal(("outcome/", "Objective", 21), (outcomes.LabelPrefix, outcomes.Field, outcomes.AskAfterLiveDays));
    }

    [Fact]
    public void A_repository_without_goals_has_none_and_the_default_link_rules()
    {
        var outcomes = ConfigFixtures.Load("comments-only.yml").Config!.Outcomes;

        Assert.Empty(outcomes.Goals);
        Assert.Equal(("goal:", "Goal", 14), (outcomes.LabelPrefix, outcomes.Field, outcomes.AskAfterLiveDays));
    }

    [Theory]
    [InlineData("goals-bad-direction.yml", 4, 52, "`goals[0].kpi.direction` is `sideways`", "one of `up`, `down`")]
    [InlineData("goals-bad-date.yml", 6, 30, "`goals[0].target.by` is not a date", "a date written `2027-06-30`")]
    [InlineData("goals-missing-target.yml", 2, 5, "`goals[0]` has no `target`", "`target` (`value`, `by`)")]
    [InlineData("goals-duplicate-id.yml", 3, 5, "`goals[1]` repeats the goal id `activation`", "a different id for each goal")]
    [InlineData("goals-bad-id.yml", 2, 9, "`goals[0].id` is `Activation Rate`, which is not usable in a label", "lowercase letters")]
    public void Each_invalid_goal_reports_file_line_column_problem_and_expectation(string file, int line, int column, string message, string expected)
    {
        var result = ConfigFixtures.Load(file);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }
}
