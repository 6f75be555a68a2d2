using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.GitHub;
using ProductOps.Jira;
using ProductOps.Storage;
using ProductOps.Updates;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops doctor [--repo owner/name] [--project KEY]</c>: a checklist of what is configured
/// and working, each line OK, WARN or FAIL with what to do next. Exit code 1 when any check fails.
/// </summary>
internal static class DoctorCommand
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(10);

    public static Command Create(CliContext cli, CommonOptions common)
    {
        var repo = CliOptions.Repository("Also check this repository: the app can reach it and its .github/product-ops.yml is valid.");
        var project = CliOptions.Project("Also check this Jira project's configured field names.");
        var command = new Command("doctor", "Check the setup: storage, webhook secrets, GitHub and Jira credentials, installations, configuration, chat webhooks.") { repo, project };
        common.SetAction(command, cli, async (result, services, ct) =>
        {
            var report = new DoctorReport(cli.Console);
            var storage = services.GetRequiredService<StorageAccount>();
            var stored = await StorageAsync(storage, cli, ct);
            report.Add(stored);
            if (stored.Status == CheckStatus.Ok)
            {
                // As the app does on start: GitHub App token requests are paced through the pacing table.
                await storage.EnsureCreatedAsync([], ct);
            }
            foreach (var check in Secrets(services.GetRequiredService<GitHubSettings>(), services.GetRequiredService<JiraSettings>()))
            {
                report.Add(check);
            }
            await new GitHubChecks(services, cli.Settings).RunAsync(report, result.GetValue(repo), ct);
            await new JiraChecks(services).RunAsync(report, result.GetValue(project), ct);
            report.Add(Webhooks(services.GetRequiredService<UpdatesSettings>()));
            report.Summary();
            return report.AnyFailed ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<CheckResult> StorageAsync(StorageAccount storage, CliContext cli, CancellationToken ct)
    {
        const string Check = "Storage (AzureWebJobsStorage)";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(StorageTimeout);
        try
        {
            await foreach (var _ in storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: deadline.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }
            return CheckResult.Ok(Check, $"reachable at {storage.Tables.Uri.Authority}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var cause = e is OperationCanceledException ? $"no answer from {storage.Tables.Uri.Authority} within {StorageTimeout.TotalSeconds:0} s" : CliErrors.Describe(e, cli.Settings, storageAdvice: false);
            return CheckResult.Fail(Check, cause, "start Azurite (scripts/run-local.sh) or set AzureWebJobsStorage to the storage account's connection string");
        }
    }

    private static IEnumerable<CheckResult> Secrets(GitHubSettings github, JiraSettings jira)
    {
        yield return github switch
        {
            { WebhookSecret.Length: > 0 } => CheckResult.Ok("GitHub webhook secret", "GitHub__WebhookSecret is set"),
            { AllowUnsignedWebhooks: true } => CheckResult.Warn("GitHub webhook secret", "not set; unsigned deliveries are accepted", "local use only: set GitHub__WebhookSecret before anyone else can reach the app"),
            _ => CheckResult.Fail("GitHub webhook secret", "GitHub__WebhookSecret is not set, so every delivery is refused (401)", "set GitHub__WebhookSecret to the secret of the app's or repository's webhook"),
        };
        yield return jira switch
        {
            { WebhookSecret.Length: > 0 } => CheckResult.Ok("Jira webhook secret", "Jira__WebhookSecret is set"),
            { AllowUnsignedWebhooks: true } => CheckResult.Warn("Jira webhook secret", "not set; unsigned deliveries are accepted", "local use only: set Jira__WebhookSecret"),
            _ => CheckResult.Warn("Jira webhook secret", "Jira__WebhookSecret is not set, so Jira deliveries are refused (401)", "if you use Jira, set Jira__WebhookSecret to the admin webhook's secret"),
        };
    }

    private static CheckResult Webhooks(UpdatesSettings updates)
    {
        const string Check = "Chat webhooks (Updates__Webhooks__NAME__Url)";
        if (updates.Webhooks.Count == 0)
        {
            return CheckResult.Warn(Check, "none set: updates go only to issues", "to post to Slack or Teams, set Updates__Webhooks__NAME__Url and name it in updates: digest-to (docs/updates.md)");
        }

        var missing = updates.Webhooks.Where(w => w.Value.Url is null).Select(w => w.Key).ToList();
        return missing.Count > 0
            ? CheckResult.Fail(Check, $"no URL for {string.Join(", ", missing)}", $"set Updates__Webhooks__{missing[0]}__Url")
            : CheckResult.Ok(Check, string.Join(", ", updates.Webhooks.Keys.Order(StringComparer.Ordinal)));
    }
}
