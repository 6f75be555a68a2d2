using ProductOps.Configuration;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Projects;

/// <summary><c>roadmap.project</c> (docs/projects.md): owner, number and group-by read; mistakes reported where they are.</summary>
public sealed class RoadmapProjectConfigTests
{
    private static ConfigLoadResult Load(string yaml) => ConfigLoader.Load([new ConfigSource("product-ops.yml", yaml)]);

    [Fact]
    public void The_project_and_its_group_by_field_are_read()
    {
        var config = Load("roadmap:\n  file: {}\n  project: { owner: octo-org, number: 7, group-by: Iteration }\n").Config!;

        Assert.Equal(new RoadmapProjectSource("octo-org", 7, "Iteration"), config.Roadmap.Project);
    }

    [Fact]
    public void Without_group_by_the_project_roadmap_has_only_its_horizons()
    {
        var config = Load("roadmap:\n  project:\n    owner: octo-org\n    number: 7\n").Config!;

        Assert.Equal(new RoadmapProjectSource("octo-org", 7, null), config.Roadmap.Project);
        Assert.Null(ProductOpsConfig.Defaults.Roadmap.Project);
    }

    [Theory]
    [InlineData("roadmap:\n  project: { owner: octo-org }\n", "`roadmap.project` has no `number`.")]
    [InlineData("roadmap:\n  project: { number: 3 }\n", "`roadmap.project` has no `owner`.")]
    [InlineData("roadmap:\n  project: { owner: octo/org, number: 3 }\n", "`roadmap.project.owner` is `octo/org`, which is not a GitHub organisation name.")]
    [InlineData("roadmap:\n  project: { owner: octo-org, number: 0 }\n", "`roadmap.project.number` is `0`, which is out of range.")]
    [InlineData("roadmap:\n  project: { owner: octo-org, number: 3, groupby: Quarter }\n", "Unknown key `groupby` in `roadmap.project`.")]
    public void A_mistake_in_the_project_is_reported(string yaml, string message)
    {
        var result = Load(yaml);

        Assert.Null(result.Config);
        Assert.Contains(result.Errors, e => e.Message == message);
    }
}
