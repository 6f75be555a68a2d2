using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Octokit;
using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>
/// Reads <c>.github/product-ops.yml</c> from the organisation's <c>.github</c> repository and from
/// the repository itself (the repository overriding), as Probot apps do. Reads are conditional
/// (ETag, a 304 costs no rate limit) and the result is kept for a short while per repository.
/// A broken file never stops processing: its last good version (kept durably per file) stands in for it,
/// or, without one, the file is left out. Roadmap targets the repository may not write are dropped
/// (<see cref="RoadmapTargetPolicy"/>). Reading writes nothing to the repository: errors, what is used instead
/// and refused targets come back in the reading's <see cref="ConfigReport"/>, and the processor plans their report
/// in the "Product Ops configuration" issue (<see cref="ConfigProblemIssue"/>).
/// </summary>
public sealed partial class RepositoryConfigReader(
    TimeProvider clock,
    ILogger<RepositoryConfigReader> logger,
    TimeSpan cacheDuration,
    ILastGoodConfigs? lastGood = null,
    RoadmapTargetPolicy? policy = null)
{
    public const string Path = ".github/product-ops.yml";
    private readonly ConcurrentDictionary<string, CachedConfig> cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<ConfigReading> GetAsync(IGitHubClient client, string repository, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(repository, out var cached) && cached.FreshUntil > now)
        {
            return cached.Reading;
        }

        var id = RepositoryId.Parse(repository);
        var layers = new List<Layer>();
        if (!id.IsOwnerDefaults && await ReadAsync(client, id.Owner, id.OwnerDefaults.Name) is { } org)
        {
            layers.Add(org);
        }
        if (await ReadAsync(client, id.Owner, id.Name) is { } own)
        {
            layers.Add(own);
        }

        var (config, errors, inUse) = await LoadAsync(layers, ct);
        var allowed = (policy ?? RoadmapTargetPolicy.OwnTargetsOnly).Apply(Events.Providers.GitHub, repository, config.Roadmap);
        config = allowed.Refused.Count == 0 ? config : config with { Roadmap = allowed.Config };
        var report = new ConfigReport(errors, inUse, allowed.Refused);

        var text = string.Join("\n---\n", layers.Select(l => l.Source.Path + "\n" + l.Source.Text));
        if (errors.Count > 0)
        {
            LogInvalid(repository, errors.Count, ConfigLoader.FormatErrors(errors));
        }
        var reading = new ConfigReading(config, report, layers.Count == 0 ? "" : Hashing.Sha256Hex(text)[..16]);
        cache[repository] = new CachedConfig(reading, now + cacheDuration);
        return reading;
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

    /// <summary>
    /// Loads the layers; when some are broken, loads again with each broken file's last good version (or without
    /// it), and says which configuration is in use. Every file that loads cleanly is remembered as good.
    /// </summary>
    private async Task<(ProductOpsConfig Config, IReadOnlyList<ConfigError> Errors, IReadOnlyList<string> InUse)> LoadAsync(List<Layer> layers, CancellationToken ct)
    {
        var result = ConfigLoader.Load(layers.Select(l => l.Source).ToList());
        var broken = new HashSet<string>(result.Errors.Select(e => e.Path), StringComparer.Ordinal);
        foreach (var layer in layers.Where(l => !broken.Contains(l.Source.Path)))
        {
            await RememberAsync(layer, ct);
        }
        if (result.Config is { } valid)
        {
            return (valid, [], []);
        }

        var substitutes = new List<ConfigSource>();
        var inUse = new List<string>();
        foreach (var layer in layers)
        {
            if (!broken.Contains(layer.Source.Path))
            {
                substitutes.Add(layer.Source);
                continue;
            }
            var good = lastGood is null ? null : await lastGood.GetAsync(layer.Repository, Path, ct);
            if (good is not null && ConfigLoader.Load(new ConfigSource(layer.Source.Path, good.Text)).Config is not null)
            {
                substitutes.Add(new ConfigSource(layer.Source.Path, good.Text));
                inUse.Add($"the last good version of `{layer.Source.Path}`, as Product Ops last read it without errors on {good.SavedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)};");
            }
            else
            {
                inUse.Add($"nothing from `{layer.Source.Path}` (Product Ops has never read it without errors);");
            }
        }
        var fallback = ConfigLoader.Load(substitutes);
        if (fallback.Config is { } usable)
        {
            inUse.Add(substitutes.Count == 0 ? "the defaults." : "with the other files as they are, over the defaults.");
            return (usable, result.Errors, inUse);
        }
        return (ProductOpsConfig.Defaults, result.Errors, ["the defaults (the last good versions do not load together)."]);
    }

    private async Task RememberAsync(Layer layer, CancellationToken ct)
    {
        if (lastGood is null)
        {
            return;
        }
        try
        {
            await lastGood.SaveAsync(layer.Repository, Path, layer.Source.Text, ct);
        }
        catch (Azure.RequestFailedException e)
        {
            // Storage trouble must not stop processing with a good file; the next good read saves it again.
            LogNotRemembered(layer.Repository, e.Status, e.ErrorCode ?? "");
        }
    }

    private static async Task<Layer?> ReadAsync(IGitHubClient client, string owner, string repo)
    {
        try
        {
            // The JSON form (base64 content) rather than the raw media type, so the conditional-GET
            // handler can serve a 304 from its cache: https://docs.github.com/rest/repos/contents#get-repository-content
            var files = await client.Repository.Content.GetAllContents(owner, repo, Path);
            return files.Count == 1 && files[0].Content is { } text ? new Layer($"{owner}/{repo}", new ConfigSource($"{owner}/{repo}:{Path}", text)) : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private sealed record Layer(string Repository, ConfigSource Source);

    private sealed record CachedConfig(ConfigReading Reading, DateTimeOffset FreshUntil);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Configuration for {Repository} has {Count} error(s); using the last good configuration or the defaults:\n{Errors}")]
    private partial void LogInvalid(string repository, int count, string errors);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Could not keep the good configuration of {Repository} as its last good version ({Status} {Code}); it is saved on the next read")]
    private partial void LogNotRemembered(string repository, int status, string code);
}
