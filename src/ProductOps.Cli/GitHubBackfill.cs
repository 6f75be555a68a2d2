using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

public sealed record BackfillOptions(string Repository, bool DryRun, bool Restart, int PageSize);

/// <summary>
/// Fills the board index from a repository's open issues (<see cref="Backfill"/>), over the shared
/// GitHub clients: mutations serial and paced, retry-after and x-ratelimit-reset honoured, pages
/// followed through GitHub's Link headers.
/// </summary>
internal sealed class GitHubBackfill(IConfiguration settings, IAnsiConsole console)
{
    public async Task<int> RunAsync(BackfillOptions options, CancellationToken ct)
    {
        var github = CliServices.GitHub(settings);
        if (!github.HasCredentials)
        {
            console.MarkupLine("[red]Set GitHub__Token (or GitHub__AppId and GitHub__PrivateKey) to read the repository.[/]");
            return 2;
        }

        var storage = CliServices.Storage(settings);
        var clock = TimeProvider.System;
        var loggers = NullLoggerFactory.Instance;
        // Mutation slots come from the same table row as the running app's, so a backfill and the
        // app together still respect GitHub's secondary limits for the installation.
        var clients = new GitHubClients(github, clock, new TableMutationSchedule(storage, clock));
        var configs = new RepositoryConfigReader(clock, new ConfigProblemIssue(loggers.CreateLogger<ConfigProblemIssue>()), loggers.CreateLogger<RepositoryConfigReader>(), github.ConfigCacheDuration,
            new TableLastGoodConfigs(storage, clock), new RoadmapTargetPolicy(settings.GetSection(RoadmapSettings.Section).Get<RoadmapSettings>() ?? new RoadmapSettings()));
        var provider = new GitHubProvider(new GitHubSessions(github, clients, configs, loggers), configs);
        var issues = new GitHubIssues(clients.For(null), options.Repository);

        return await new Backfill(console, storage, options.DryRun).RunAsync(
            provider, new ItemKey(Providers.GitHub, options.Repository, "backfill"), options.Repository, options.Restart,
            async (page, token) =>
            {
                var (items, next) = await issues.GetPageAsync(page is null ? issues.FirstPage(options.PageSize) : new Uri(page, UriKind.RelativeOrAbsolute), token);
                return (items, next?.OriginalString);
            },
            ct);
    }
}
