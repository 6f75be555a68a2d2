using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Jira;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// Fills the board index from a Jira project's open issues (<c>statusCategory != Done</c>) through
/// <see cref="Backfill"/>: enhanced JQL search pages (the nextPageToken is the cursor), each issue
/// translated as a webhook's issue is and scored with the project's configuration from the settings.
/// Jira's 429 and 503 are waited out by the client's retry handler (Retry-After).
/// </summary>
internal sealed class JiraBackfill(IServiceProvider services, IAnsiConsole console)
{
    public async Task<int> RunAsync(JiraBackfillOptions options, CancellationToken ct)
    {
        var jira = services.GetRequiredService<JiraSettings>();
        if (!jira.HasCredentials)
        {
            console.MarkupLine("[red]Set Jira__BaseUrl, Jira__Email and Jira__ApiToken to read the project.[/]");
            return ExitCodes.Usage;
        }

        var provider = services.GetRequiredService<IEnumerable<ITrackerProvider>>().Single(p => p.Name == Providers.Jira);
        // The listing client is the tool's own (JQL search pages); the provider's client does the writes.
        var client = JiraClient.Create(jira.ToCredentials(), new JiraRetryPolicy { MaxDelay = jira.MaxRateLimitWait }, time: services.GetRequiredService<TimeProvider>());
        var issues = new JiraIssues(client, options.Project);

        var backfill = new Backfill(console, services, options.DryRun);
        var target = new BackfillTarget(new ItemKey(Providers.Jira, options.Project, "backfill"), options.Project, null,
            (page, token) => issues.GetPageAsync(page, options.PageSize, token));
        var tally = await backfill.RunAsync(provider, target, options.Restart, ct,
            // A dry run answers as Jira's session does; the configuration is the project's (the provider reads it).
            dryRunSession: session => new JiraSession(session));
        backfill.Summary([(options.Project, tally)]);
        return ExitCodes.Ok;
    }
}
