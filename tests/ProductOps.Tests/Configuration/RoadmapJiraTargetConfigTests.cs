using ProductOps.Configuration;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Configuration;

/// <summary><c>roadmap.jira-issue</c> (docs/roadmap.md): a Jira issue whose description is the roadmap.</summary>
public sealed class RoadmapJiraTargetConfigTests
{
    [Fact]
    public void A_jira_issue_key_is_a_target_of_its_own()
    {
        var config = Load("roadmap:\n  jira-issue: { key: PROJ-1 }\n").Config!.Roadmap;

        Assert.Equal(new RoadmapJiraIssueTarget("PROJ-1"), config.JiraIssue);
        Assert.True(config.HasTargets);
    }

    [Theory]
    [InlineData("roadmap:\n  jira-issue: { key: proj-1 }\n", "`roadmap.jira-issue.key` is `proj-1`, which is not a Jira issue key.")]
    [InlineData("roadmap:\n  jira-issue: { key: PROJ }\n", "`roadmap.jira-issue.key` is `PROJ`, which is not a Jira issue key.")]
    [InlineData("roadmap:\n  jira-issue: {}\n", "`roadmap.jira-issue` has no `key`.")]
    [InlineData("roadmap:\n  jira-issue: { key: PROJ-1, title: x }\n", "Unknown key `title` in `roadmap.jira-issue`.")]
    public void A_broken_jira_issue_target_is_reported(string yaml, string message)
    {
        var result = Load(yaml);

        Assert.Null(result.Config);
        Assert.Contains(result.Errors, e => e.Message == message);
    }

    private static ConfigLoadResult Load(string yaml) => ConfigLoader.Load(new ConfigSource("product-ops.yml", yaml));
}
