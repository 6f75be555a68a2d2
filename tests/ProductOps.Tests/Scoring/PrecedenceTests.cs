using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

/// <summary>Label versus field: the configured source decides when present, even if invalid; the other fills in when it is absent.</summary>
public sealed class PrecedenceTests
{
    private static readonly string[] FormFields = InputSourceTests.FormFields;

    [Theory]
    [InlineData(SourcePrecedence.Label, 3, "label impact:massive", "issue form field", "High")]
    [InlineData(SourcePrecedence.Field, 2, "issue form field Impact", "label", "massive")]
    public void When_label_and_field_disagree_the_configured_precedence_wins_and_is_recorded(
        SourcePrecedence precedence, double value, string source, string overruledVia, string overruledRaw)
    {
        var item = Items.With(["impact:massive"], FormFields);

        var outcome = ScoreCalculator.Evaluate(item, ScoringConfig.Defaults with { Precedence = precedence });

        var impact = Assert.IsType<Scored>(outcome).Inputs.Single(i => i.Name == "Impact");
        Assert.Equal((value, source), (impact.Value, impact.Source));
        Assert.Equal((overruledVia, overruledRaw), (impact.Overruled!.Via, impact.Overruled.Raw));
    }

    [Fact]
    public void When_label_and_field_agree_nothing_is_overruled()
    {
        var outcome = ScoreCalculator.Evaluate(Items.With(["impact:high"], FormFields), ScoringConfig.Defaults);

        var impact = outcome.Inputs.Single(i => i.Name == "Impact");
        Assert.Equal("label impact:high", impact.Source);
        Assert.Null(impact.Overruled);
    }

    [Fact]
    public void The_other_source_is_used_when_the_preferred_one_is_absent()
    {
        var config = ScoringConfig.Defaults with { Precedence = SourcePrecedence.Field };

        var outcome = ScoreCalculator.Evaluate(Items.With(["reach:900"], ["Impact=High", "Confidence=80%", "Effort=M"]), config);

        Assert.Equal("label reach:900", Assert.IsType<Scored>(outcome).Inputs[0].Source);
    }

    [Fact]
    public void An_invalid_preferred_label_is_reported_even_when_the_field_is_valid()
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(Items.With(["impact:huge"], FormFields), ScoringConfig.Defaults));

        Assert.Contains("`impact:huge` is not valid", Assert.Single(outcome.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_field_that_loses_to_a_valid_label_does_not_block_the_score()
    {
        var item = Items.With(["reach:500"], ["Reach=lots", "Impact=High", "Confidence=80%", "Effort=M"]);

        var reach = Assert.IsType<Scored>(ScoreCalculator.Evaluate(item, ScoringConfig.Defaults)).Inputs[0];

        Assert.Equal("lots", reach.Overruled!.Raw);
    }
}
