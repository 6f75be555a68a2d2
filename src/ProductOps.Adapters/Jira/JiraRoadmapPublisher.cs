using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.Templates;

namespace ProductOps.Jira;

/// <summary>
/// A Jira project's roadmap: its configuration comes from the app's settings (docs/jira.md), its template
/// from <c>Updates:JiraTemplates:&lt;KEY&gt;:roadmap.md</c> when set (else the default), and it has no
/// repository, so only the <c>html</c> and <c>jira-issue</c> targets apply.
/// </summary>
public sealed class JiraRoadmapPublisher(JiraProjectConfigs configs, string projectKey, ITemplateSource templates) : IRoadmapPublisher
{
    public bool HasRepository => false;

    public Task<ProductOpsConfig> GetConfigAsync(CancellationToken ct) => Task.FromResult(configs.For(projectKey));

    public Task<string?> ReadTemplateAsync(CancellationToken ct) => templates.ReadAsync(projectKey, null, TemplateFiles.RoadmapMarkdown, ct);

    public Task<bool> CommitFileAsync(RoadmapFileTarget target, string markdown, CancellationToken ct) =>
        throw new NotSupportedException($"Jira project {projectKey} has no repository to commit a file to.");

    public Task<string> WriteIssueAsync(RoadmapIssueTarget target, string? knownIssue, string markdown, CancellationToken ct) =>
        throw new NotSupportedException($"Jira project {projectKey} has no GitHub issue.");
}
