using ProductOps.Configuration;
using ProductOps.Scoring;

namespace ProductOps.Tests.Configuration;

public sealed class ConfigLoadingTests
{
    [Fact]
    public void No_layers_give_the_frozen_defaults()
    {
        var result = ConfigLoader.Load([]);

        Assert.True(result.IsValid);
        var scoring = result.Config!.Scoring;
        Assert.Equal(ScoringModel.Rice, scoring.Model);
        Assert.Equal(SourcePrecedence.Label, scoring.Precedence);
        Assert.Equal("needs-scoring", scoring.NeedsScoringLabel);
        Assert.Equal(90, scoring.StaleAfterDays);
        Assert.Equal(IceMode.Product, scoring.IceMode);
        Assert.Equal(["priority:P1", "priority:P2", "priority:P3", "priority:P4"], scoring.PriorityLabels);
        Assert.Equal([0.25, 0.5, 1, 2, 4], new[] { "XS", "S", "M", "L", "XL" }.Select(s => scoring.TShirtSizes[s]));
    }

    [Theory]
    [InlineData("comments-only.yml")]
    [InlineData("reserved-sections.yml")]
    public void A_file_without_scoring_settings_keeps_the_defaults(string file)
    {
        var result = ConfigFixtures.Load(file);

        Assert.True(result.IsValid);
        Assert.Equal(ScoringConfig.Defaults.PriorityLabels, result.Config!.Scoring.PriorityLabels);
        Assert.Equal(ScoringModel.Rice, result.Config.Scoring.Model);
    }

    [Fact]
    public void A_custom_rice_file_sets_every_scoring_key()
    {
        var scoring = ConfigFixtures.Load("rice-custom.yml").Config!.Scoring;

        Assert.Equal(SourcePrecedence.Field, scoring.Precedence);
        Assert.Equal("triage:score-me", scoring.NeedsScoringLabel);
        Assert.Equal(30, scoring.StaleAfterDays);
        Assert.Equal(8, scoring.TShirtSizes["xxl"]);
        Assert.Equal(1, scoring.TShirtSizes["M"]);
        Assert.Equal(new InputSource("users:", "Users reached"), scoring.SourceFor(ScoringModel.Rice, ModelCatalog.Rice.Inputs[0]));
        Assert.Equal(new InputSource("impact:", "Impact"), scoring.SourceFor(ScoringModel.Rice, ModelCatalog.Rice.Inputs[1]));
        Assert.Equal(
            [new PriorityBucket("Now", "prio:now", 500), new("Next", "prio:next", 100), new("Later", "prio:later", 0)],
            scoring.Buckets);
    }

    [Theory]
    [InlineData("wsjf.yml", ScoringModel.Wsjf, "priority:P1")]
    [InlineData("ice-mean.yml", ScoringModel.Ice, "priority:P1")]
    [InlineData("value-effort.yml", ScoringModel.ValueEffort, "priority:high")]
    public void Each_model_can_be_chosen(string file, ScoringModel model, string firstLabel)
    {
        var scoring = ConfigFixtures.Load(file).Config!.Scoring;

        Assert.Equal(model, scoring.Model);
        Assert.Equal(firstLabel, scoring.PriorityLabels[0]);
    }

    [Fact]
    public void Ice_in_mean_mode_gets_buckets_on_the_one_to_ten_scale()
    {
        var scoring = ConfigFixtures.Load("ice-mean.yml").Config!.Scoring;

        Assert.Equal(IceMode.Mean, scoring.IceMode);
        Assert.Equal([8, 6, 4, 0], scoring.Buckets.Select(b => b.Min));
    }

    [Fact]
    public void Bucket_names_default_to_the_label_after_its_last_colon()
    {
        var scoring = ConfigFixtures.Load("value-effort.yml").Config!.Scoring;

        Assert.Equal(["high", "low"], scoring.Buckets.Select(b => b.Name));
    }

    [Fact]
    public void Model_names_match_case_insensitively()
    {
        var result = ConfigLoader.Load([new ConfigSource("x.yml", "scoring:\n  model: WSJF\n")]);

        Assert.Equal(ScoringModel.Wsjf, result.Config!.Scoring.Model);
    }
}
