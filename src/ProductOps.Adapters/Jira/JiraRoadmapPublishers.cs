using ProductOps.Roadmap;

namespace ProductOps.Jira;

/// <summary>Opens publishers for Jira projects (item keys are ("jira", projectKey, issueKey)).</summary>
public sealed class JiraRoadmapPublishers(JiraProjectConfigs configs, JiraTemplateSource templates) : IRoadmapPublishers
{
    public IRoadmapPublisher? Open(string provider, string container, string? scope) =>
        provider == Events.Providers.Jira ? new JiraRoadmapPublisher(configs, container, templates) : null;
}
