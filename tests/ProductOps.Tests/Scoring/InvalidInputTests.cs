using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

public sealed class InvalidInputTests
{
    private const string Rice = "reach:500 impact:high confidence:80% effort:M";

    [Theory]
    [InlineData(ScoringModel.Rice, "effort:M", "effort:0", "the label `effort:0` is not valid: it must be greater than 0")]
    [InlineData(ScoringModel.Rice, "effort:M", "effort:-2", "the label `effort:-2` is not valid: it must be greater than 0")]
    [InlineData(ScoringModel.Rice, "effort:M", "effort:5000", "it is out of range")]
    [InlineData(ScoringModel.Rice, "effort:M", "effort:XXXL", "it is not a t-shirt size (XS, S, M, L, XL) or a number of person-months")]
    [InlineData(ScoringModel.Rice, "impact:high", "impact:huge", "`impact:huge` is not valid: it is not one of massive (3), high (2), medium (1), low (0.5), minimal (0.25)")]
    [InlineData(ScoringModel.Rice, "impact:high", "impact:", "`impact:` is not valid")]
    [InlineData(ScoringModel.Rice, "confidence:80%", "confidence:150%", "`confidence:150%` is not valid: it is out of range (allowed: a percentage from 1% to 100%)")]
    [InlineData(ScoringModel.Rice, "confidence:80%", "confidence:0%", "it is out of range")]
    [InlineData(ScoringModel.Rice, "reach:500", "reach:0", "it must be greater than 0")]
    [InlineData(ScoringModel.Rice, "reach:500", "reach:1e400", "it is not a number greater than 0")]
    [InlineData(ScoringModel.Rice, "reach:500", "reach:99999999999999999999", "it is out of range")]
    [InlineData(ScoringModel.Rice, "reach:500", "reach:NaN", "it is not a number")]
    [InlineData(ScoringModel.Wsjf, "job-size:5", "job-size:0", "it must be greater than 0")]
    [InlineData(ScoringModel.Wsjf, "business-value:8", "business-value:4", "it is not on the scale (allowed: one of 1, 2, 3, 5, 8, 13, 20, 40, 100)")]
    [InlineData(ScoringModel.Ice, "impact:7", "impact:11", "it is out of range (allowed: a whole number from 1 to 10)")]
    [InlineData(ScoringModel.Ice, "ease:6", "ease:2.5", "it is out of range")]
    [InlineData(ScoringModel.ValueEffort, "effort:M", "effort:0", "it must be greater than 0")]
    public void A_bad_value_is_not_scored_and_says_why(ScoringModel model, string good, string bad, string problem)
    {
        var labels = Valid(model).Split(' ').Select(l => l == good ? bad : l).ToArray();

        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(Items.Labelled(labels), ScoringConfig.Defaults with { Model = model }));

        Assert.Empty(outcome.Missing);
        Assert.Contains(problem, Assert.Single(outcome.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_labels_of_one_input_that_disagree_are_a_conflict()
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(Items.Labelled([.. Rice.Split(' '), "impact:low"]), ScoringConfig.Defaults));

        Assert.Equal("**Impact**: the labels `impact:high` and `impact:low` disagree. Keep only one of them.", Assert.Single(outcome.Problems));
    }

    [Fact]
    public void An_invalid_field_value_says_how_to_fix_it()
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(
            Items.With(["impact:high", "confidence:80%", "effort:M"], ["Reach=lots"]), ScoringConfig.Defaults));

        Assert.Equal(
            "**Reach**: the issue form field `Reach` says `lots`, which is not valid: it is not a number greater than 0 and at most 1000000000. " +
            "Correct the field, or add a label such as `reach:500` (a label wins over the field).",
            Assert.Single(outcome.Problems));
    }

    [Theory]
    [InlineData(ScoringModel.Rice, "", "Reach,Impact,Confidence,Effort")]
    [InlineData(ScoringModel.Rice, "reach:500 effort:M", "Impact,Confidence")]
    [InlineData(ScoringModel.Wsjf, "job-size:3", "Business value,Time criticality,Risk reduction")]
    [InlineData(ScoringModel.Ice, "impact:3 ease:4", "Confidence")]
    [InlineData(ScoringModel.ValueEffort, "value:4", "Effort")]
    public void Missing_inputs_are_listed_never_scored_as_zero(ScoringModel model, string labels, string missing)
    {
        var item = Items.Labelled(labels.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(item, ScoringConfig.Defaults with { Model = model }));

        Assert.Equal(missing.Split(','), outcome.Missing);
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Missing_and_invalid_inputs_are_reported_together()
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(Items.Labelled("impact:huge", "effort:0"), ScoringConfig.Defaults));

        Assert.Equal(["Reach", "Confidence"], outcome.Missing);
        Assert.Equal(2, outcome.Problems.Count);
    }

    [Fact]
    public void Labels_that_could_mention_people_are_escaped_in_problems()
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(Items.Labelled("reach:500", "impact:@octocat`x", "confidence:80%", "effort:M"), ScoringConfig.Defaults));

        var problem = Assert.Single(outcome.Problems);
        Assert.DoesNotContain("@octocat", problem, StringComparison.Ordinal);
        Assert.Contains("`impact:@\u200Boctocat'x`", problem, StringComparison.Ordinal);
    }

    private static string Valid(ScoringModel model) => model switch
    {
        ScoringModel.Rice => Rice,
        ScoringModel.Wsjf => "business-value:8 time-criticality:5 risk-reduction:3 job-size:5",
        ScoringModel.Ice => "impact:7 confidence:8 ease:6",
        _ => "value:8 effort:M",
    };
}
