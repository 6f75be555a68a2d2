using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Opens publishers for GitHub repositories; without credentials there is nothing to publish with.</summary>
public sealed class GitHubRoadmapPublishers(GitHubSettings settings, GitHubClients clients, RepositoryConfigReader configs, GitHubTemplateSource templates, ConfigProblemIssue? problems = null) : IRoadmapPublishers
{
    public IRoadmapPublisher? Open(string provider, string container, string? scope) =>
        provider == Events.Providers.GitHub && settings.HasCredentials && RepositoryId.TryParse(container, out _)
            ? new GitHubRoadmapPublisher(clients.For(scope), configs, container, clients.Identity, templates, scope, problems)
            : null;
}
