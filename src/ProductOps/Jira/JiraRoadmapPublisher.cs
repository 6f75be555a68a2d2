using ProductOps.Configuration;
using ProductOps.Roadmap;

namespace ProductOps.Jira;

/// <summary>
/// A Jira project's roadmap: its configuration comes from the app's settings (docs/jira.md), the
/// default template renders it, and it has no repository, so only the <c>html</c> and
/// <c>jira-issue</c> targets apply.
/// </summary>
public sealed class JiraRoadmapPublisher(JiraProjectConfigs configs, string projectKey) : IRoadmapPublisher
{
    public bool HasRepository => false;

    public Task<ProductOpsConfig> GetConfigAsync(CancellationToken ct) => Task.FromResult(configs.For(projectKey));

    public Task<string?> ReadTemplateAsync(CancellationToken ct) => Task.FromResult<string?>(null);

    public Task<bool> CommitFileAsync(RoadmapFileTarget target, string markdown, CancellationToken ct) =>
        throw new NotSupportedException($"Jira project {projectKey} has no repository to commit a file to.");

    public Task<string> WriteIssueAsync(RoadmapIssueTarget target, string? knownIssue, string markdown, CancellationToken ct) =>
        throw new NotSupportedException($"Jira project {projectKey} has no GitHub issue.");
}
