using ProductOps.Configuration;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Configuration;

/// <summary>The <c>roadmap:</c> section (docs/roadmap.md): every key read, defaults kept, errors with line and column.</summary>
public sealed class RoadmapConfigTests
{
    [Fact]
    public void Every_roadmap_key_is_read_and_unset_ones_keep_their_defaults()
    {
        var config = ConfigFixtures.Load("roadmap-targets.yml").Config!.Roadmap;

        Assert.Equal("Platform roadmap", config.Title);
        Assert.Equal(["discovery", "alpha", "beta", "live"], config.Phases);
        Assert.Equal(["live"], config.OffRoadmapPhases);
        Assert.Equal(["alpha", "beta"], config.Now.Phases);
        Assert.Equal(["Q2"], config.Now.Milestones);
        Assert.Equal(250, config.Next.MinScore);
        Assert.Equal(10, config.ChartItems);
        Assert.Equal(new RoadmapFileTarget("docs/ROADMAP.md", "roadmap", "Update the roadmap"), config.File);
        Assert.Equal(new RoadmapIssueTarget("Roadmap", "roadmap"), config.Issue);
        Assert.Equal(new RoadmapHtmlTarget(null), config.Html);
    }

    [Fact]
    public void Without_a_roadmap_section_nothing_is_published()
    {
        Assert.False(ProductOpsConfig.Defaults.Roadmap.HasTargets);
    }

    [Theory]
    [InlineData(3, 11, "`roadmap.file.path` is `../secrets.md`, which is not a plain relative path.")]
    [InlineData(4, 16, "`roadmap.chart-items` is `500`, which is out of range.")]
    [InlineData(6, 5, "Unknown key `phase` in `roadmap.now`.")]
    public void A_broken_roadmap_section_is_reported_where_it_is_wrong(int line, int column, string message)
    {
        var result = ConfigFixtures.Load("roadmap-invalid.yml");

        Assert.Contains(result.Errors, e => (e.Line, e.Column, e.Message) == (line, column, message));
    }
}
