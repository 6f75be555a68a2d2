using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// Renders an update with the repository's (or Jira project's) own template when it has a good one,
/// otherwise with the default from <c>templates/</c>. Each distinct override text is parsed once; a
/// broken one (or one that fails while rendering) is reported once, with template, line and column,
/// and the default is used instead: a team's typo never stops its updates.
/// </summary>
public sealed partial class UpdateRenderer(IEnumerable<IUpdateTemplateSource> sources, UpdatesSettings settings, ILogger<UpdateRenderer> logger)
{
    private static readonly ConcurrentDictionary<string, RoadmapTemplate> Defaults = new();
    private readonly ConcurrentDictionary<string, TemplateParseResult> parsed = new();
    private readonly ConcurrentDictionary<string, byte> reported = new();

    public async Task<string> RenderAsync(UpdateMessage update, TextDialect dialect, bool mentions, CancellationToken ct)
    {
        var model = UpdateModel.ToScript(update.Model, dialect, mentions);
        var own = await OverrideAsync(update, ct);
        if (own is not null)
        {
            var result = TemplateRun.Render(own, model, settings.RenderTimeout, ct);
            if (result.Text is not null)
            {
                return Tidy(result.Text);
            }
            ReportOnce(update.Container, result.Error!, "failed while rendering");
            model = UpdateModel.ToScript(update.Model, dialect, mentions);
        }

        var fallback = TemplateRun.Render(Default(update.Template), model, settings.RenderTimeout, ct);
        return Tidy(fallback.Text ?? throw new InvalidOperationException($"The default template failed: {fallback.Error}"));
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
        if (text is null)
        {
            return null;
        }

        var name = $"{update.Container}:{UpdateTemplates.OverridePath(update.Template)}";
        var key = Hashing.Sha256Hex(name + "\n" + text);
        if (parsed.Count > 500)
        {
            // Each distinct text is kept; a repository editing its templates all day must not grow this forever.
            parsed.Clear();
        }
        var result = parsed.GetOrAdd(key, _ => RoadmapTemplate.Parse(text, name));
        if (result.Errors.Count > 0 && reported.TryAdd(key, 0))
        {
            var first = result.Errors[0];
            LogTemplateError(update.Container, "has errors", first.Path, first.Line, first.Column, string.Join("; ", result.Errors.Select(e => $"({e.Line},{e.Column}): {e.Message}")));
        }
        return result.Template;
    }

    private void ReportOnce(string container, TemplateError error, string what)
    {
        if (reported.TryAdd(error.ToString(), 0))
        {
            LogTemplateError(container, what, error.Path, error.Line, error.Column, error.Message);
        }
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

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The update template of {Container} {What}; the default template is used instead until it is fixed: {Path}({Line},{Column}): {Error}")]
    private partial void LogTemplateError(string container, string what, string path, int line, int column, string error);
}

/// <summary>Where a repository or Jira project keeps its own templates.</summary>
public interface IUpdateTemplateSource
{
    string Provider { get; }

    /// <summary>The override's text, or null when the container has none.</summary>
    Task<string?> ReadAsync(string container, string? scope, string template, CancellationToken ct);
}
