using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Events;
using ProductOps.Jira;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

public sealed record JiraBackfillOptions(string Project, bool DryRun, bool Restart, int PageSize);

/// <summary>
/// Fills the board index from a Jira project's open issues (<c>statusCategory != Done</c>) through
/// <see cref="Backfill"/>: enhanced JQL search pages (the nextPageToken is the cursor), each issue
/// translated as a webhook's issue is and scored with the project's configuration from the settings.
/// Jira's 429 and 503 are waited out by the client's retry handler (Retry-After).
/// </summary>
internal sealed class JiraBackfill(IConfiguration settings, IAnsiConsole console)
{
    public async Task<int> RunAsync(JiraBackfillOptions options, CancellationToken ct)
    {
        var jira = settings.GetSection(JiraSettings.Section).Get<JiraSettings>() ?? new JiraSettings();
        if (!jira.HasCredentials)
        {
            console.MarkupLine("[red]Set Jira__BaseUrl, Jira__Email and Jira__ApiToken to read the project.[/]");
            return 2;
        }

        var clock = TimeProvider.System;
        var loggers = NullLoggerFactory.Instance;
        var configs = new JiraProjectConfigs(jira, Environment.CurrentDirectory, loggers.CreateLogger<JiraProjectConfigs>());
        var provider = new JiraProvider(jira, configs, clock, loggers);
        var client = JiraClient.Create(jira.ToOptions(), new JiraRetryOptions { MaxDelay = jira.MaxRateLimitWait }, time: clock);
        var issues = new JiraIssues(client, options.Project);

        return await new Backfill(console, CliServices.Storage(settings), options.DryRun).RunAsync(
            provider, new ItemKey(Providers.Jira, options.Project, "backfill"), options.Project, options.Restart,
            (page, token) => issues.GetPageAsync(page, options.PageSize, token),
            ct,
            // A dry run still scores with the project's configuration, so what it logs is what would be written.
            dryRunSession: session => new JiraSession(session, configs));
    }
}
