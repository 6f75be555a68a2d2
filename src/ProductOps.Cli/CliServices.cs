using Microsoft.Extensions.Configuration;
using ProductOps.GitHub;
using ProductOps.Storage;

namespace ProductOps.Cli;

/// <summary>The same settings names as the function app (GitHub:*, AzureWebJobsStorage), read from the environment.</summary>
internal static class CliServices
{
    public static StorageAccount Storage(IConfiguration settings) => StorageConnection.FromConfiguration(settings);

    public static GitHubSettings GitHub(IConfiguration settings) =>
        settings.GetSection(GitHubSettings.Section).Get<GitHubSettings>() ?? new GitHubSettings();
}
