using Microsoft.Extensions.Logging;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Opens a real session when credentials are configured, a dry run otherwise.</summary>
public sealed class GitHubSessions(GitHubSettings settings, GitHubClients clients, RepositoryConfigReader configs, ILoggerFactory loggers)
{
    public ITrackerSession Open(string repository, string? installation) =>
        settings.HasCredentials
            ? new GitHubSession(clients.For(installation), configs, clients.Identity, settings.WriteSettleTime, new Projects.GitHubBoard(clients.GraphQlFor(installation)))
            : new DryRunSession("GitHub", loggers.CreateLogger<DryRunSession>());

    /// <summary>The GraphQL client for an installation (GitHub Projects); none in a dry run.</summary>
    public Projects.GitHubGraphQl? GraphQl(string? installation) =>
        settings.HasCredentials ? clients.GraphQlFor(installation) : null;

    /// <summary>Permission checks and reactions for comment commands; none in a dry run.</summary>
    public Commands.ICommandPort? Commands(string? installation) =>
        settings.HasCredentials ? new GitHubCommandPort(clients.For(installation)) : null;
}
