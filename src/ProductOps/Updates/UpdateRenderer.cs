using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProductOps.Roadmap;
using ProductOps.Templates;

namespace ProductOps.Updates;

/// <summary>
/// Renders an update with the repository's (or Jira project's) own template when it has a good one,
/// otherwise with the default from <c>templates/</c>, under the rule shared with the roadmap
/// (<see cref="TemplateOverrides"/>): parsed once, time-limited, a failure reported once and the default used.
/// </summary>
public sealed class UpdateRenderer(IEnumerable<IUpdateTemplateSource> sources, UpdatesSettings settings, ILogger<UpdateRenderer> logger)
{
    private static readonly ConcurrentDictionary<string, RoadmapTemplate> Defaults = new();
    private readonly TemplateOverrides overrides = new("update", logger);

    public async Task<string> RenderAsync(UpdateMessage update, TextDialect dialect, bool mentions, CancellationToken ct)
    {
        var own = await OverrideAsync(update, ct);
        var output = overrides.Render(update.Container, own, Default(update.Template),
            () => UpdateModel.ToScript(update.Model, dialect, mentions), settings.RenderTimeout, ct);
        return Tidy(output.Text);
    }

    /// <summary>The default template shipped in <c>templates/&lt;name&gt;.scriban</c>.</summary>
    public static RoadmapTemplate Default(string name) => Defaults.GetOrAdd(name, static n =>
    {
        using var stream = typeof(UpdateRenderer).Assembly.GetManifestResourceStream($"ProductOps.templates.{n}.scriban")
            ?? throw new InvalidOperationException($"There is no default template templates/{n}.scriban.");
        using var reader = new StreamReader(stream);
        var result = RoadmapTemplate.Parse(reader.ReadToEnd(), $"templates/{n}.scriban");
        return result.Template ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    });

    private async Task<RoadmapTemplate?> OverrideAsync(UpdateMessage update, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Provider == update.Provider);
        var text = source is null ? null : await source.ReadAsync(update.Container, update.Scope, update.Template, ct);
        return text is null ? null : overrides.Parse(update.Container, $"{update.Container}:{UpdateTemplates.OverridePath(update.Template)}", text);
    }

    /// <summary>Templates leave blank runs where blocks were skipped; at most one blank line is kept.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }
            kept.Add(line);
        }
        return string.Join("\n", kept).Trim() + "\n";
    }
}

/// <summary>Where a repository or Jira project keeps its own templates.</summary>
public interface IUpdateTemplateSource
{
    string Provider { get; }

    /// <summary>The override's text, or null when the container has none.</summary>
    Task<string?> ReadAsync(string container, string? scope, string template, CancellationToken ct);
}
