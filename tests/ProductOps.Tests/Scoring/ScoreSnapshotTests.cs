using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

public sealed class ScoreSnapshotTests
{
    [Fact]
    public void A_snapshot_of_a_score_holds_the_score_and_every_input_value()
    {
        var snapshot = ScoreSnapshot.From(ScoreCommentTests.Scored800);

        Assert.Equal(800, snapshot.Score);
        Assert.Equal(new Dictionary<string, double> { ["Reach"] = 500, ["Impact"] = 2, ["Confidence"] = 0.8, ["Effort"] = 1 }, snapshot.Inputs);
    }

    [Fact]
    public void A_snapshot_of_an_unscored_item_has_no_score_but_keeps_the_known_inputs()
    {
        var snapshot = ScoreSnapshot.From(ScoreCommentTests.NeedsScoring);

        Assert.Null(snapshot.Score);
        Assert.Equal(["Confidence", "Effort"], snapshot.Inputs.Keys);
    }

    [Fact]
    public void Snapshots_compare_by_content()
    {
        var a = new ScoreSnapshot(1, new Dictionary<string, double> { ["Reach"] = 1 });
        var b = new ScoreSnapshot(1, new Dictionary<string, double> { ["Reach"] = 1 });
        var c = new ScoreSnapshot(1, new Dictionary<string, double> { ["Reach"] = 2 });

        Assert.True(a.SameAs(b));
        Assert.False(a.SameInputs(c));
    }
}
