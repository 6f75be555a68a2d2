using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Octokit;
using ProductOps.Configuration;

namespace ProductOps.GitHub;

/// <summary>
/// Reads <c>.github/product-ops.yml</c> from the organisation's <c>.github</c> repository and from
/// the repository itself (the repository overriding), as Probot apps do. Reads are conditional
/// (ETag, a 304 costs no rate limit) and the result is kept for a short while per repository.
/// A broken file never stops processing: the last good configuration, or the defaults, apply.
/// </summary>
public sealed partial class RepositoryConfigReader(TimeProvider clock, ILogger<RepositoryConfigReader> logger, TimeSpan? cacheFor = null)
{
    public const string Path = ".github/product-ops.yml";
    private readonly TimeSpan cacheDuration = cacheFor ?? TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CachedConfig> cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<ProductOpsConfig> GetAsync(IGitHubClient client, string repository, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(repository, out var cached) && cached.FreshUntil > now)
        {
            return cached.Config;
        }

        var owner = repository[..repository.IndexOf('/')];
        var layers = new List<ConfigSource>();
        if (!repository.EndsWith("/.github", StringComparison.OrdinalIgnoreCase) && await ReadAsync(client, owner, ".github") is { } org)
        {
            layers.Add(org);
        }
        if (await ReadAsync(client, owner, repository[(owner.Length + 1)..]) is { } own)
        {
            layers.Add(own);
        }

        var result = ConfigLoader.Load(layers);
        ProductOpsConfig config;
        if (result.Config is { } valid)
        {
            config = valid;
        }
        else
        {
            config = cached?.Config ?? ProductOpsConfig.Defaults;
            LogInvalid(repository, result.Errors.Count, ConfigLoader.FormatErrors(result.Errors));
        }
        cache[repository] = new CachedConfig(config, now + cacheDuration);
        return config;
    }

    /// <summary>Forgets a repository's configuration, e.g. after a push that touched the file.</summary>
    public void Invalidate(string repository) => cache.TryRemove(repository, out _);

    private static async Task<ConfigSource?> ReadAsync(IGitHubClient client, string owner, string repo)
    {
        try
        {
            var bytes = await client.Repository.Content.GetRawContent(owner, repo, Path);
            return new ConfigSource($"{owner}/{repo}:{Path}", Encoding.UTF8.GetString(bytes));
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private sealed record CachedConfig(ProductOpsConfig Config, DateTimeOffset FreshUntil);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Configuration for {Repository} has {Count} error(s); using the last good configuration or the defaults:\n{Errors}")]
    private partial void LogInvalid(string repository, int count, string errors);
}
