using Microsoft.Extensions.Configuration;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Roadmap;

/// <summary>Which roadmap targets a repository's or Jira project's configuration may write (docs/security.md).</summary>
public sealed class RoadmapTargetPolicyTests
{
    private static readonly RoadmapTargetPolicy Policy = new(new RoadmapSettings
    {
        AllowedJiraProjects = new() { ["Octo-Org"] = new() { ["app"] = "OPS, PLAT" } },
        PagePrefixes = new() { ["octo-org"] = "sites/octo" },
    });

    [Theory]
    [InlineData("github", "octo-org/app", "OPS-1", true)]
    [InlineData("github", "octo-org/APP", "PLAT-12", true)]
    [InlineData("github", "octo-org/app", "HR-9", false)]
    [InlineData("github", "octo-org/app", "ops-1", true)]
    [InlineData("github", "octo-org/app", "OPSX-1", false)]
    [InlineData("github", "octo-org/other", "OPS-1", false)]
    [InlineData("github", "evil/app", "OPS-1", false)]
    [InlineData("jira", "TES", "TES-1", true)]
    [InlineData("jira", "TES", "HR-9", false)]
    [InlineData("jira", "TES", "tes-1", true)]
    [InlineData("jira", "TES", "TESX-1", false)]
    public void A_jira_issue_target_is_kept_only_for_an_allowed_project(string provider, string container, string key, bool kept)
    {
        var outcome = Policy.Apply(provider, container, RoadmapConfig.Defaults with { JiraIssue = new RoadmapJiraIssueTarget(key) });

        Assert.Equal(kept, outcome.Config.JiraIssue is not null);
        Assert.Equal(kept ? 0 : 1, outcome.Refused.Count);
    }

    [Theory]
    [InlineData("github", "octo-org/app", null, true)]
    [InlineData("github", "octo-org/app", "octo-org/app/index.html", true)]
    [InlineData("github", "octo-org/app", "sites/octo/roadmap.html", true)]
    [InlineData("github", "octo-org/app", "sites/octopus/roadmap.html", false)]
    [InlineData("github", "octo-org/app", "octo-org/application/index.html", false)]
    [InlineData("github", "octo-org/app", "victim-org/website/roadmap.html", false)]
    [InlineData("github", "evil/app", "sites/octo/roadmap.html", false)]
    [InlineData("github", "JIRA/TES", "jira/TES/roadmap.html", false)]
    [InlineData("github", "jira/TES", null, true)]
    [InlineData("github", "jira/TES", "github/jira/TES/index.html", true)]
    [InlineData("jira", "TES", "jira/TES/roadmap.html", true)]
    [InlineData("jira", "TES", "jira/HR/roadmap.html", false)]
    [InlineData("jira", "TES", "victim-org/website/roadmap.html", false)]
    public void A_page_is_kept_only_under_the_containers_own_prefix_or_its_owners(string provider, string container, string? path, bool kept)
    {
        var outcome = Policy.Apply(provider, container, RoadmapConfig.Defaults with { Html = new RoadmapHtmlTarget(path) });

        Assert.Equal(kept, outcome.Config.Html is not null);
    }

    [Fact]
    public void A_refused_target_leaves_the_other_targets_in_place()
    {
        var config = RoadmapConfig.Defaults with
        {
            File = new RoadmapFileTarget("ROADMAP.md", null, "Update"),
            JiraIssue = new RoadmapJiraIssueTarget("HR-9"),
            Html = new RoadmapHtmlTarget("victim-org/website/roadmap.html"),
        };

        var outcome = RoadmapTargetPolicy.OwnTargetsOnly.Apply("github", "attacker-org/site", config);

        Assert.Equal(config.File, outcome.Config.File);
        Assert.Equal(2, outcome.Refused.Count);
    }

    /// <summary>
    /// Azure on Linux (the Flex Consumption plan the template deploys) refuses app setting names with anything
    /// but letters, digits, <c>.</c> and <c>_</c>, so <c>Roadmap__AllowedJiraProjects__octo-org__app</c> cannot be
    /// set there: the same allow-lists also come as one value each, with the names in the value.
    /// </summary>
    [Theory]
    [InlineData("github", "octo-org/app", "OPS-1", "sites/octo-org/roadmap.html", true, true)]
    [InlineData("github", "Octo-Org/web.site", "PLAT-2", "sites/octo-org/index.html", true, true)]
    [InlineData("github", "octo-org/app", "HR-9", "sites/octo-orgx/roadmap.html", false, false)]
    [InlineData("github", "octo-org/other", "OPS-1", "octo-org/other/roadmap.html", false, true)]
    [InlineData("github", "other-org/app", "OPS-1", "sites/octo-org/roadmap.html", false, false)]
    [InlineData("github", "third/x", "OPS-1", "third-site/roadmap.html", false, true)]
    public void The_allow_lists_read_from_one_setting_value_each(string provider, string container, string key, string path, bool jiraKept, bool pageKept)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Roadmap:AllowedJiraProjectsList"] = "octo-org/app=OPS, PLAT; octo-org/web.site=PLAT;broken; =OPS",
            ["Roadmap:PagePrefixesList"] = " octo-org = sites/octo-org/ ;third=third-site",
        }).Build();
        var policy = new RoadmapTargetPolicy(configuration.GetSection(RoadmapSettings.Section).Get<RoadmapSettings>()!);

        var outcome = policy.Apply(provider, container, RoadmapConfig.Defaults with { JiraIssue = new RoadmapJiraIssueTarget(key), Html = new RoadmapHtmlTarget(path) });

        Assert.Equal(jiraKept, outcome.Config.JiraIssue is not null);
        Assert.Equal(pageKept, outcome.Config.Html is not null);
    }
}
