using ProductOps.Configuration;
using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

/// <summary>Team estimates as an input source: median, precedence over labels, disagreement, confidence step, stale marks.</summary>
public sealed class TeamEstimateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Rice = ["reach:1000", "impact:high", "confidence:80%", "effort:M"];

    private static Estimate By(string author, string input, string raw, int daysAgo = 1) =>
        new(input, raw, author, Now.AddDays(-daysAgo), $"c-{author}-{input}");

    [Theory]
    [InlineData(new[] { "M" }, 1)]
    [InlineData(new[] { "S", "M", "XL" }, 1)]
    [InlineData(new[] { "S", "M" }, 0.75)]
    [InlineData(new[] { "XS", "S", "L", "XL" }, 1.25)]
    public void Several_estimates_of_one_input_give_their_median(string[] sizes, double median)
    {
        var estimates = sizes.Select((s, i) => By($"p{i}", "effort", s)).ToList();

        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), ScoringConfig.Defaults, estimates);

        var effort = outcome.Inputs.Single(i => i.Name == "Effort");
        Assert.Equal((median, InputSourceKind.Estimate), (effort.Value, effort.Kind));
    }

    [Fact]
    public void An_estimate_wins_over_the_label_and_the_label_is_shown_as_set_aside()
    {
        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), ScoringConfig.Defaults, [By("alice", "reach", "1200")]);

        var reach = outcome.Inputs.Single(i => i.Name == "Reach");
        Assert.Equal((1200.0, "label", "reach:1000"), (reach.Value, reach.Overruled!.Via, reach.Overruled.Origin));
        Assert.False(reach.EstimatesDisagree);
    }

    [Theory]
    [InlineData("high", "medium", false)] // 2 / 1 = 2: not more than 2
    [InlineData("high", "low", true)]     // 2 / 0.5 = 4
    public void Estimates_further_apart_than_the_ratio_disagree_and_lower_rice_confidence_by_the_step(string one, string other, bool disagree)
    {
        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), ScoringConfig.Defaults, [By("alice", "impact", one), By("bob", "impact", other)]);

        Assert.Equal(disagree, outcome.Inputs.Single(i => i.Name == "Impact").EstimatesDisagree);
        Assert.Equal(disagree ? 0.6 : 0.8, outcome.Inputs.Single(i => i.Name == "Confidence").Value, 6);
    }

    [Fact]
    public void Confidence_is_never_lowered_below_one_percent()
    {
        var config = ScoringConfig.Defaults with { Estimates = new EstimateConfig(2, 1) };

        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), config, [By("alice", "reach", "10"), By("bob", "reach", "1000")]);

        Assert.Equal(0.01, outcome.Inputs.Single(i => i.Name == "Confidence").Value);
    }

    [Fact]
    public void The_score_comment_shows_each_estimate_with_its_author_and_marks_stale_ones()
    {
        var estimates = new[] { By("alice", "effort", "S", daysAgo: 120), By("bob", "effort", "XL") };
        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), ScoringConfig.Defaults, estimates);

        var text = ScoreComment.Render(outcome, null, Now, Now, ScoringConfig.Defaults);

        Assert.Contains("- **Effort**: `S` by `alice` (2026-08-02, **stale**); `XL` by `bob` (2026-11-29)", text);
        Assert.Contains("**Estimates disagree: discuss before committing.** **Effort**", text);
        Assert.Contains("Confidence is lowered by 20 points until they agree.", text);
        Assert.Contains("Estimates older than 90 days are stale", text);
        Assert.Contains("Team estimates win over labels and fields.", text);
    }

    [Fact]
    public void Estimates_of_inputs_the_model_does_not_have_and_invalid_values_are_left_out()
    {
        var outcome = ScoreCalculator.Evaluate(Items.Labelled(Rice), ScoringConfig.Defaults, [By("alice", "job-size", "5"), By("bob", "effort", "huge")]);

        Assert.All(outcome.Inputs, i => Assert.Equal(InputSourceKind.Label, i.Kind));
    }

    [Fact]
    public void The_ratio_and_the_step_are_read_from_scoring_estimates_with_defaults_of_2_and_20_points()
    {
        Assert.Equal(new EstimateConfig(2, 0.2), ConfigLoader.Load([]).Config!.Scoring.Estimates);

        var result = ConfigLoader.Load([new ConfigSource("x.yml", "scoring:\n  estimates:\n    disagree-ratio: 1.5\n    confidence-step: 10\n")]);
        Assert.Equal(new EstimateConfig(1.5, 0.1), result.Config!.Scoring.Estimates);

        var bad = ConfigLoader.Load([new ConfigSource("x.yml", "scoring:\n  estimates:\n    disagree-ratio: 0.5\n    confidence-step: 120\n    spread: 3\n")]);
        Assert.Equal([3, 4, 5], bad.Errors.Select(e => e.Line));
    }
}
