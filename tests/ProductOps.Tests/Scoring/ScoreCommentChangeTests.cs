using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

public sealed class ScoreCommentChangeTests
{
    private static readonly DateTimeOffset Now = ScoreCommentTests.Now;
    private static readonly ScoreOutcome Scored800 = ScoreCommentTests.Scored800;

    private static Dictionary<string, double> Inputs(double reach) => new() { ["Reach"] = reach, ["Impact"] = 2, ["Confidence"] = 0.8, ["Effort"] = 1 };

    [Fact]
    public void An_unchanged_snapshot_adds_no_change_line()
    {
        var text = ScoreComment.Render(Scored800, ScoreSnapshot.From(Scored800), null, Now, ScoringConfig.Defaults);

        Assert.DoesNotContain("**Changed:**", text, StringComparison.Ordinal);
        Assert.Equal(ScoreComment.Render(Scored800, null, null, Now, ScoringConfig.Defaults), text);
    }

    [Theory]
    [InlineData(null, 500.0, "**Changed:** this item was not scored before and now scores 800. No input changed; the scoring configuration did.")]
    [InlineData(400.0, 500.0, "**Changed:** the score was 400 and is now 800. No input changed; the scoring configuration did.")]
    [InlineData(800.0, 400.0, "**Changed:** the score is unchanged (800). Reach: 400 → 500.")]
    public void The_change_line_says_how_the_score_moved_and_why(double? score, double reach, string line)
    {
        var text = ScoreComment.Render(Scored800, new ScoreSnapshot(score, Inputs(reach)), null, Now, ScoringConfig.Defaults);

        Assert.Contains(line, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_input_is_listed_as_added()
    {
        var previous = new ScoreSnapshot(null, new Dictionary<string, double> { ["Impact"] = 2, ["Confidence"] = 0.8, ["Effort"] = 1 });

        var text = ScoreComment.Render(Scored800, previous, null, Now, ScoringConfig.Defaults);

        Assert.Contains("**Changed:** this item was not scored before and now scores 800. Reach: added (500).", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(91, 90, true)]
    [InlineData(89, 90, false)]
    [InlineData(400, 0, false)]
    [InlineData(31, 30, true)]
    public void Estimates_older_than_the_stale_age_are_flagged(int ageDays, int staleAfterDays, bool stale)
    {
        var config = ScoringConfig.Defaults with { StaleAfterDays = staleAfterDays };

        var text = ScoreComment.Render(Scored800, null, Now.AddDays(-ageDays), Now, config);

        Assert.Equal(stale, text.Contains("**Stale estimate:**", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_without_a_score_is_never_flagged_as_stale()
    {
        var text = ScoreComment.Render(ScoreCommentTests.NeedsScoring, null, Now.AddYears(-2), Now, ScoringConfig.Defaults);

        Assert.DoesNotContain("Stale", text, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_in_fields_and_labels_cannot_mention_people_or_break_the_table()
    {
        var item = Items.With(["reach:500", "impact:high", "confidence:80%", "effort:M"], ["Impact=@octo/team | `x`", "Effort=@someone"]);

        var text = ScoreComment.Render(ScoreCalculator.Evaluate(item, ScoringConfig.Defaults), null, null, Now, ScoringConfig.Defaults);

        Assert.DoesNotMatch(@"@[A-Za-z0-9]", text);
        Assert.Contains("(`@\u200Bocto/team \\| 'x'`)", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n').Where(l => l.StartsWith('|')), l => Assert.Equal(4, l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Fact]
    public void Rendering_depends_on_the_clock_only_for_the_stale_flag()
    {
        var first = ScoreComment.Render(Scored800, null, Now.AddDays(-10), Now, ScoringConfig.Defaults);
        var later = ScoreComment.Render(Scored800, null, Now.AddDays(-10), Now.AddDays(30), ScoringConfig.Defaults);

        Assert.Equal(first, later);
    }
}
