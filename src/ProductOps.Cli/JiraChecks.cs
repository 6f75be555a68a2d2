using Microsoft.Extensions.DependencyInjection;
using ProductOps.Jira;

namespace ProductOps.Cli;

/// <summary>
/// The Jira lines of <c>doctor</c>: the credentials (<c>GET /rest/api/3/myself</c>) and, for each
/// configured project (and <c>--project</c>), that the score field it names exists (<c>GET /rest/api/3/field</c>).
/// </summary>
internal sealed class JiraChecks(IServiceProvider services)
{
    private readonly JiraSettings settings = services.GetRequiredService<JiraSettings>();

    public async Task RunAsync(DoctorReport report, string? project, CancellationToken ct)
    {
        if (!settings.HasCredentials)
        {
            report.Add(CheckResult.Warn("Jira credentials", "not set: the Jira side runs dry", "if you use Jira, set Jira__BaseUrl, Jira__Email and Jira__ApiToken (an API token from id.atlassian.com)"));
            return;
        }

        var client = JiraClient.Create(settings.ToCredentials(), new JiraRetryPolicy { MaxDelay = TimeSpan.FromSeconds(5) }, time: services.GetRequiredService<TimeProvider>());
        try
        {
            var me = await client.GetMyselfAsync(ct);
            report.Add(CheckResult.Ok("Jira credentials", $"{me.DisplayName} ({me.EmailAddress ?? settings.Email}) on {settings.BaseUrl}"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            report.Add(CheckResult.Fail("Jira credentials", CliErrors.Describe(e, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()), "check Jira__BaseUrl, Jira__Email and Jira__ApiToken"));
            return;
        }

        var configs = services.GetRequiredService<JiraProjectConfigs>();
        var projects = settings.Projects.Keys.Append(project).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var fields = await client.GetFieldsAsync(ct);
        if (projects.Count == 0)
        {
            report.Add(CheckResult.Ok("Jira fields", $"{fields.Count} fields readable; no project configured (Jira__Projects__KEY__Config)"));
        }
        foreach (var key in projects)
        {
            var scoreField = configs.For(key).Scoring.ScoreField;
            if (scoreField is null)
            {
                report.Add(CheckResult.Ok($"Jira fields of {key}", "no score field configured: the score goes to the label and comment"));
                continue;
            }
            try
            {
                var id = await client.ResolveFieldIdAsync(scoreField, ct);
                report.Add(CheckResult.Ok($"Jira fields of {key}", $"score field \"{scoreField}\" is {id}"));
            }
            catch (InvalidOperationException e)
            {
                report.Add(CheckResult.Fail($"Jira fields of {key}", e.Message, "create the number field in Jira or fix scoring: score-field in the project's configuration"));
            }
        }
    }
}
