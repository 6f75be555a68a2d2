using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Jira.Adf;
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

/// <summary>Opens publishers for Jira projects (item keys are ("jira", projectKey, issueKey)).</summary>
public sealed class JiraRoadmapPublishers(JiraProjectConfigs configs, JiraTemplateSource templates) : IRoadmapPublishers
{
    public IRoadmapPublisher? Open(string provider, string container, string? scope) =>
        provider == Events.Providers.Jira ? new JiraRoadmapPublisher(configs, container, templates) : null;
}

/// <summary>
/// Writes a roadmap into a Jira issue's description: the Markdown page converted to ADF, set with
/// <c>PUT /rest/api/3/issue/{key}</c> (<c>fields.description</c>). Without credentials it logs what
/// it would write, like the rest of Jira's dry run, and reports nothing written.
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
/// </summary>
public sealed partial class JiraRoadmapDescriptions(JiraSettings settings, TimeProvider clock, ILogger<JiraRoadmapDescriptions> logger) : IRoadmapJiraIssues
{
    private readonly Lazy<JiraClient?> client = new(() => settings.HasCredentials
        ? JiraClient.Create(settings.ToOptions(), new JiraRetryOptions { MaxDelay = settings.MaxRateLimitWait }, time: clock)
        : null);

    public async Task<bool> WriteDescriptionAsync(RoadmapJiraIssueTarget target, string markdown, CancellationToken ct)
    {
        if (client.Value is not { } jira)
        {
            LogDryRun(target.Key, markdown.Length);
            return false;
        }

        var description = JsonSerializer.SerializeToElement(MarkdownToAdf.Convert(markdown), JiraJson.Options);
        var edit = new JiraEditIssueRequest(Fields: new Dictionary<string, JsonElement> { ["description"] = description });
        await JiraSession.Limited(async () => { await jira.EditIssueAsync(target.Key, edit, ct); return 0; });
        return true;
    }

    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "DRY RUN (no Jira credentials): would write the roadmap ({Length} characters of Markdown) into the description of {Issue}")]
    private partial void LogDryRun(string issue, int length);
}
