using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.GitHub.Projects;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// Scores every item of an organisation project (<see cref="Backfill"/>), paged by GraphQL cursor:
/// issues from any repository get their score comment, labels, index row and project fields;
/// drafts get their project fields. As a GitHub App the organisation's installation is found
/// (<c>GET /orgs/{org}/installation</c>) unless <c>--installation</c> names it.
/// </summary>
internal sealed class ProjectBackfill(IServiceProvider services, IAnsiConsole console)
{
    public async Task<int> RunAsync(ProjectBackfillOptions options, CancellationToken ct)
    {
        if (await GitHubBackfill.PrepareAsync(services, console, options.DryRun, ct) is { } refused)
        {
            return refused;
        }

        var clients = services.GetRequiredService<GitHubClients>();
        string? installation = null;
        if (clients.ForApp() is { } app)
        {
            var id = options.Installation ?? (await app.GitHubApps.GetOrganizationInstallationForCurrent(options.Owner)).Id;
            installation = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var graphQl = clients.GraphQlFor(installation);
        var name = $"{options.Owner} project {options.Number}";
        var target = new BackfillTarget(new ItemKey(Providers.GitHub, $"{options.Owner}/projects/{options.Number}", "backfill"), name, installation, async (page, token) =>
        {
            var read = await ProjectPages.ReadAsync(graphQl, options.Owner, options.Number, page, token);
            return (read.Items, read.Next);
        })
        { IsRepository = false };

        var provider = services.GetRequiredService<IEnumerable<ITrackerProvider>>().Single(p => p.Name == Providers.GitHub);
        var backfill = new Backfill(console, services, options.DryRun);
        var tally = await backfill.RunAsync(provider, target, options.Restart, ct);
        backfill.Summary([(name, tally)]);
        if (graphQl.LastCall is { } last)
        {
            console.MarkupLine($"GraphQL points left for this installation: {last.Remaining}.");
        }
        return ExitCodes.Ok;
    }
}
