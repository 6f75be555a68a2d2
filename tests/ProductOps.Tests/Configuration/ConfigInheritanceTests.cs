using ProductOps.Scoring;

namespace ProductOps.Tests.Configuration;

public sealed class ConfigInheritanceTests
{
    private static readonly ScoringConfig Merged =
        ConfigFixtures.Load("org-defaults.yml", "repo-override.yml").Config!.Scoring;

    [Fact]
    public void The_repository_file_overrides_a_scalar_from_the_organisation()
    {
        Assert.Equal(14, Merged.StaleAfterDays);
    }

    [Fact]
    public void Settings_only_the_organisation_gives_are_inherited()
    {
        Assert.Equal(ScoringModel.Rice, Merged.Model);
        Assert.Equal(8, Merged.TShirtSizes["XXL"]);
    }

    [Fact]
    public void Maps_merge_by_key_across_layers()
    {
        Assert.Equal(1.25, Merged.TShirtSizes["M"]);
        Assert.Equal(0.25, Merged.TShirtSizes["XS"]);
        Assert.Equal(new InputSource("value:", "Value"), Merged.SourceFor(ScoringModel.Rice, ModelCatalog.Rice.Inputs[1]));
    }

    [Fact]
    public void Lists_replace_instead_of_merging()
    {
        Assert.Equal([new PriorityBucket("hot", "repo:hot", 1000)], Merged.Buckets);
    }

    [Fact]
    public void The_organisation_file_alone_applies_over_the_defaults()
    {
        var org = ConfigFixtures.Load("org-defaults.yml").Config!.Scoring;

        Assert.Equal(60, org.StaleAfterDays);
        Assert.Equal(["org:P1", "org:P2"], org.PriorityLabels);
        Assert.Equal("needs-scoring", org.NeedsScoringLabel);
    }
}
