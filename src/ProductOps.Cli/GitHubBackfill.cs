using Microsoft.Extensions.DependencyInjection;
using Octokit;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// Fills the board index from repositories' open issues (<see cref="Backfill"/>), with the
/// credentials the app uses: a token reads the named repository; a GitHub App finds its
/// installations (<c>GET /app/installations</c>, or <c>--installation</c>) and backfills each
/// installation's repositories (<c>GET /installation/repositories</c>), or the named one, with that
/// installation's token. Pages follow GitHub's Link headers; writes are paced as in the app.
/// </summary>
internal sealed class GitHubBackfill(IServiceProvider services, IAnsiConsole console)
{
    /// <summary>What every GitHub backfill needs first: credentials, and storage as the app creates it. An exit code when it cannot start.</summary>
    internal static async Task<int?> PrepareAsync(IServiceProvider services, IAnsiConsole console, bool dryRun, CancellationToken ct)
    {
        var github = services.GetRequiredService<GitHubSettings>();
        if (!github.HasCredentials)
        {
            console.MarkupLine("[red]No GitHub credentials: set GitHub__Token, or GitHub__AppId and GitHub__PrivateKey (productops doctor checks them).[/]");
            return ExitCodes.Usage;
        }

        if (!dryRun || github.HasAppCredentials)
        {
            // As the app does on start. An app's installation-token requests are paced like writes,
            // through the pacing table, so even a dry run as an app needs it.
            await services.GetRequiredService<Storage.StorageAccount>().EnsureCreatedAsync([], ct);
        }
        return null;
    }

    public async Task<int> RunAsync(BackfillOptions options, CancellationToken ct)
    {
        if (await PrepareAsync(services, console, options.DryRun, ct) is { } refused)
        {
            return refused;
        }

        var clients = services.GetRequiredService<GitHubClients>();
        var targets = new List<(string Repository, string? Installation)>();
        if (clients.ForApp() is not { } app)
        {
            if (options.Repository is null)
            {
                console.MarkupLine("[red]--repo owner/name is needed with a token (a GitHub App finds its repositories itself).[/]");
                return ExitCodes.Usage;
            }
            targets.Add((options.Repository, null));
        }
        else
        {
            targets.AddRange(await AppRepositoriesAsync(app, clients, options));
        }

        if (targets.Count == 0)
        {
            console.MarkupLine("[yellow]The app is installed on no repository: install it first (productops doctor shows where it is installed).[/]");
            return ExitCodes.Failure;
        }

        var provider = services.GetRequiredService<IEnumerable<ITrackerProvider>>().Single(p => p.Name == Providers.GitHub);
        var backfill = new Backfill(console, services, options.DryRun);
        var done = new List<(string, Tally)>();
        foreach (var (repository, installation) in targets)
        {
            var issues = new GitHubIssues(clients.For(installation), repository);
            var target = new BackfillTarget(new ItemKey(Providers.GitHub, repository, "backfill"), repository, installation, async (page, token) =>
            {
                var (items, next) = await issues.GetPageAsync(page is null ? issues.FirstPage(options.PageSize) : new Uri(page, UriKind.RelativeOrAbsolute), token);
                return (items, next?.OriginalString);
            });
            done.Add((repository, await backfill.RunAsync(provider, target, options.Restart, ct)));
        }
        backfill.Summary(done);
        return ExitCodes.Ok;
    }

    /// <summary>The repositories to backfill as the app, each with the installation whose token writes to it.</summary>
    private static async Task<IReadOnlyList<(string, string?)>> AppRepositoriesAsync(IGitHubClient app, GitHubClients clients, BackfillOptions options)
    {
        if (options.Repository is { } named && options.Installation is null)
        {
            // GET /repos/{owner}/{repo}/installation: a 404 means the app is not installed there.
            var repository = RepositoryId.Parse(named);
            var installation = await app.GitHubApps.GetRepositoryInstallationForCurrent(repository.Owner, repository.Name);
            return [(named, Id(installation.Id))];
        }

        IEnumerable<long> ids = options.Installation is { } only ? [only] : (await app.GitHubApps.GetAllInstallationsForCurrent()).Select(i => i.Id);
        var targets = new List<(string, string?)>();
        foreach (var id in ids)
        {
            var repositories = await clients.For(Id(id)).GitHubApps.Installation.GetAllRepositoriesForCurrent();
            targets.AddRange(repositories.Repositories
                .Where(r => options.Repository is null || string.Equals(r.FullName, options.Repository, StringComparison.OrdinalIgnoreCase))
                .Where(r => !r.Archived)
                .Select(r => (r.FullName, (string?)Id(id))));
        }
        return targets;
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
