using System.Collections.Concurrent;
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
public sealed partial class RepositoryConfigReader(TimeProvider clock, ConfigProblemIssue problems, ILogger<RepositoryConfigReader> logger, TimeSpan cacheDuration)
{
    public const string Path = ".github/product-ops.yml";
    private readonly ConcurrentDictionary<string, CachedConfig> cache = new(StringComparer.OrdinalIgnoreCase);

    // The configuration text last seen per repository, to check a problem report only when it changes.
    private readonly ConcurrentDictionary<string, string> seenText = new(StringComparer.OrdinalIgnoreCase);

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
        var text = string.Join("\n---\n", layers.Select(l => l.Path + "\n" + l.Text));
        var textChanged = seenText.TryGetValue(repository, out var seen) ? seen != text : layers.Count > 0;
        seenText[repository] = text;
        ProductOpsConfig config;
        if (result.Config is { } valid)
        {
            config = valid;
            if (textChanged)
            {
                await problems.ResolveAsync(client, repository);
            }
        }
        else
        {
            config = cached?.Config ?? ProductOpsConfig.Defaults;
            LogInvalid(repository, result.Errors.Count, ConfigLoader.FormatErrors(result.Errors));
            await problems.ReportAsync(client, repository, result.Errors);
        }
        cache[repository] = new CachedConfig(config, now + cacheDuration);
        return config;
    }

    /// <summary>Forgets a repository's configuration, e.g. after a push that touched the file.</summary>
    public void Invalidate(string repository) => cache.TryRemove(repository, out _);

    /// <summary>Forgets every repository of an owner, after its organisation defaults changed.</summary>
    public void InvalidateOwner(string owner)
    {
        foreach (var repository in cache.Keys.Where(r => r.StartsWith(owner + "/", StringComparison.OrdinalIgnoreCase)))
        {
            cache.TryRemove(repository, out _);
        }
    }

    private static async Task<ConfigSource?> ReadAsync(IGitHubClient client, string owner, string repo)
    {
        try
        {
            // The JSON form (base64 content) rather than the raw media type, so the conditional-GET
            // handler can serve a 304 from its cache: https://docs.github.com/rest/repos/contents#get-repository-content
            var files = await client.Repository.Content.GetAllContents(owner, repo, Path);
            return files.Count == 1 && files[0].Content is { } text ? new ConfigSource($"{owner}/{repo}:{Path}", text) : null;
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
