using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Jira.Adf;
using ProductOps.Roadmap;

namespace ProductOps.Jira;

/// <summary>
/// Writes a roadmap into a Jira issue's description: the Markdown page converted to ADF, set with
/// <c>PUT /rest/api/3/issue/{key}</c> (<c>fields.description</c>). Without credentials it logs what
/// it would write, like the rest of Jira's dry run, and reports nothing written.
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
/// </summary>
public sealed partial class JiraRoadmapDescriptions(JiraSettings settings, TimeProvider clock, ILogger<JiraRoadmapDescriptions> logger) : IRoadmapJiraIssues
{
    private readonly Lazy<JiraClient?> client = new(() => settings.HasCredentials
        ? JiraClient.Create(settings.ToCredentials(), new JiraRetryPolicy { MaxDelay = settings.MaxRateLimitWait }, time: clock)
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
