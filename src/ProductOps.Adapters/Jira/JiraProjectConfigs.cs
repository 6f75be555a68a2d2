using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProductOps.Configuration;

namespace ProductOps.Jira;

/// <summary>
/// Per-project configuration for Jira, from the app's settings rather than a file in a repository:
/// the site-wide layer (<c>Jira:Config</c> or <c>Jira:ConfigPath</c>) under the project's
/// (<c>Jira:Projects:&lt;KEY&gt;:Config</c> or <c>:ConfigPath</c>), in the schema of docs/configuration.md.
/// Settings only change with a restart, so each project is loaded once: a broken one is logged once,
/// clearly, and that project runs on the defaults while every other project keeps its own.
/// </summary>
public sealed partial class JiraProjectConfigs(JiraSettings settings, string baseDirectory, ILogger<JiraProjectConfigs> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<ProductOpsConfig>> loaded = new(StringComparer.OrdinalIgnoreCase);

    public ProductOpsConfig For(string projectKey) =>
        loaded.GetOrAdd(projectKey, key => new Lazy<ProductOpsConfig>(() => Load(key))).Value;

    private ProductOpsConfig Load(string projectKey)
    {
        var errors = new List<ConfigError>();
        var layers = new List<ConfigSource>();
        if (Source($"{JiraSettings.Section}:Config", settings.Config, settings.ConfigPath, errors) is { } site)
        {
            layers.Add(site);
        }

        if (settings.Project(projectKey) is { } project &&
            Source($"{JiraSettings.Section}:Projects:{projectKey}:Config", project.Config, project.ConfigPath, errors) is { } own)
        {
            layers.Add(own);
        }

        var result = errors.Count == 0 ? ConfigLoader.Load(layers) : new ConfigLoadResult(null, errors);
        if (result.Config is { } config)
        {
            // A project's configuration writes only that project's issues and pages (docs/security.md).
            var allowed = Roadmap.RoadmapTargetPolicy.OwnTargetsOnly.Apply(Events.Providers.Jira, projectKey, config.Roadmap);
            foreach (var reason in allowed.Refused)
            {
                LogRefused(projectKey, reason);
            }
            return allowed.Refused.Count == 0 ? config : config with { Roadmap = allowed.Config };
        }

        LogInvalid(projectKey, result.Errors.Count, ConfigLoader.FormatErrors(result.Errors));
        return ProductOpsConfig.Defaults;
    }

    /// <summary>One layer's YAML: inline text, or the file a path names. Both, or an unreadable file, is an error.</summary>
    private ConfigSource? Source(string name, string? text, string? path, List<ConfigError> errors)
    {
        var hasText = !string.IsNullOrWhiteSpace(text);
        var hasPath = !string.IsNullOrWhiteSpace(path);
        if (hasText && hasPath)
        {
            errors.Add(new ConfigError(name, 1, 1, $"Both `{name}` and `{name}Path` are set.", "one of them"));
            return null;
        }

        if (hasText)
        {
            return new ConfigSource(name, text!);
        }

        if (!hasPath)
        {
            return null;
        }

        var full = Path.GetFullPath(path!, baseDirectory);
        try
        {
            return new ConfigSource(full, File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ConfigError($"{name}Path", 1, 1, $"The file `{full}` could not be read ({e.GetType().Name}).", "a readable YAML file"));
            return null;
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Configuration for Jira project {Project} has {Count} error(s); the project uses the defaults until it is fixed and the app restarted:\n{Errors}")]
    private partial void LogInvalid(string project, int count, string errors);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Configuration for Jira project {Project}: a roadmap target is refused and skipped: {Reason}")]
    private partial void LogRefused(string project, string reason);
}
