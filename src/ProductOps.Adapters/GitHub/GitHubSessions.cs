using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Opens a real session when credentials are configured, a dry run otherwise.</summary>
public sealed class GitHubSessions(GitHubSettings settings, GitHubClients clients, RepositoryConfigReader configs, ConfigProblemIssue problems, ILoggerFactory loggers)
{
    public ITrackerSession Open(string repository, string? installation) =>
        settings.HasCredentials
            ? new GitHubSession(clients.For(installation), clients.Identity, settings.WriteSettleTime, new Projects.GitHubBoard(clients.GraphQlFor(installation)), problems)
            : new DryRunSession("no GitHub credentials", loggers.CreateLogger<DryRunSession>());

    /// <summary>The repository's configuration over the organisation's; the defaults in a dry run, which cannot read it.</summary>
    public Task<ConfigReading> ReadConfigAsync(string repository, string? installation, CancellationToken ct) =>
        settings.HasCredentials ? configs.GetAsync(clients.For(installation), repository, ct) : Task.FromResult(ConfigReading.Of(ProductOpsConfig.Defaults));

    /// <summary>The GraphQL client for an installation (GitHub Projects); none in a dry run.</summary>
    public Projects.GitHubGraphQl? GraphQl(string? installation) =>
        settings.HasCredentials ? clients.GraphQlFor(installation) : null;

    /// <summary>Permission checks and reactions for comment commands; none in a dry run.</summary>
    public Commands.ICommandPort? Commands(string? installation) =>
        settings.HasCredentials ? new GitHubCommandPort(clients.For(installation)) : null;
}
