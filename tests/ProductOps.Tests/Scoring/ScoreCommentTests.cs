using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

/// <summary>Golden renderings of the score comment: reviewed once, compared exactly.</summary>
public sealed class ScoreCommentTests
{
    internal static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    internal static ScoreOutcome Scored800 { get; } = ScoreCalculator.Evaluate(
        Items.With(["reach:500", "impact:high", "effort:M"], ["Confidence=80%", "Impact=Medium"]), ScoringConfig.Defaults);

    internal static ScoreOutcome NeedsScoring { get; } = ScoreCalculator.Evaluate(
        Items.With(["impact:huge", "effort:M"], ["Confidence=80%"]), ScoringConfig.Defaults);

    [Fact]
    public void A_scored_item_shows_formula_bucket_and_each_input_with_its_source()
    {
        const string expected = """
            ### Product Ops score: 800 (`priority:P2`)

            Model **RICE**: `RICE = 500 × 2 × 0.8 ÷ 1 = 800`, bucket **P2**.

            | Input | Value | Source |
            | --- | --- | --- |
            | Reach | 500 | label `reach:500` |
            | Impact | high (2) | label `impact:high`, over issue form field `Impact` (`Medium`) |
            | Confidence | 80% (0.8) | issue form field `Confidence` |
            | Effort | M (1 person-month) | label `effort:M` |

            Where a label and a field disagree, the label wins (`scoring.precedence`).

            """;

        Assert.Equal(expected, ScoreComment.Render(Scored800, null, null, Now, ScoringConfig.Defaults));
    }

    [Fact]
    public void An_item_that_cannot_be_scored_says_what_is_missing_and_wrong_and_how_to_fix_it()
    {
        const string expected = """
            ### Product Ops score: needs scoring

            Model **RICE**: this item cannot be scored yet, so it carries the `needs-scoring` label.

            **Missing**

            - **Reach**: add a label such as `reach:500` (a number greater than 0 and at most 1000000000; people or events per quarter), or fill in the `Reach` field.

            **Problems**

            - **Impact**: the label `impact:huge` is not valid: it is not one of massive (3), high (2), medium (1), low (0.5), minimal (0.25). Replace it with one label such as `impact:high`.

            | Input | Value | Source |
            | --- | --- | --- |
            | Confidence | 80% (0.8) | issue form field `Confidence` |
            | Effort | M (1 person-month) | label `effort:M` |

            """;

        Assert.Equal(expected, ScoreComment.Render(NeedsScoring, null, null, Now, ScoringConfig.Defaults));
    }

    [Fact]
    public void A_changed_stale_score_shows_the_previous_value_what_changed_and_a_warning()
    {
        var previous = new ScoreSnapshot(400, new Dictionary<string, double> { ["Reach"] = 250, ["Impact"] = 2, ["Confidence"] = 0.8, ["Effort"] = 1 });

        var text = ScoreComment.Render(Scored800, previous, Now.AddDays(-120), Now, ScoringConfig.Defaults);

        Assert.EndsWith("""
            **Changed:** the score was 400 and is now 800. Reach: 250 → 500.

            > [!WARNING]
            > **Stale estimate:** the inputs last changed on 2026-02-01, more than 90 days ago. Check them and update the labels or fields if they moved.

            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wsjf_and_ice_comments_name_their_model_and_formula()
    {
        var wsjf = ScoringConfig.Defaults with { Model = ScoringModel.Wsjf };
        var outcome = ScoreCalculator.Evaluate(Items.Labelled("business-value:8", "time-criticality:5", "risk-reduction:3", "job-size:5"), wsjf);

        var text = ScoreComment.Render(outcome, null, null, Now, wsjf);

        Assert.StartsWith("""
            ### Product Ops score: 3.2 (`priority:P3`)

            Model **WSJF**: `WSJF = (8 + 5 + 3) ÷ 5 = 3.2`, bucket **P3**.
            """, text, StringComparison.Ordinal);
        Assert.Contains("| Job size | 5 | label `job-size:5` |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_needs_scoring_hint_uses_the_configured_label_and_prefixes()
    {
        var config = ScoringConfig.Defaults with
        {
            Model = ScoringModel.Ice,
            NeedsScoringLabel = "triage:score-me",
            Models = new Dictionary<ScoringModel, ModelConfig>
            {
                [ScoringModel.Ice] = ModelConfig.Empty with { Inputs = new Dictionary<string, InputSource> { ["ease"] = new("ice-ease:", "How easy") } },
            },
        };
        var outcome = ScoreCalculator.Evaluate(Items.Labelled("impact:3", "confidence:4"), config);

        var text = ScoreComment.Render(outcome, null, null, Now, config);

        Assert.Contains("carries the `triage:score-me` label", text, StringComparison.Ordinal);
        Assert.Contains("- **Ease**: add a label such as `ice-ease:6` (a whole number from 1 to 10; how easy it is to do), or fill in the `How easy` field.", text, StringComparison.Ordinal);
    }
}
