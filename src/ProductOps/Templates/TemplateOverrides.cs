using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProductOps.Roadmap;
using ProductOps.Updates;
using ProductOps.WorkItems;
using Scriban.Runtime;

namespace ProductOps.Templates;

/// <summary>
/// The one rule for a team's own template, shared by roadmap and update templates: each distinct text is
/// parsed once; one with errors is never rendered; rendering runs in the sandbox with a time limit
/// (<see cref="TemplateRun"/>); a template with errors, one that fails while rendering or one that runs out
/// of time is reported once (template, line, column) and the default renders instead, with a fresh model.
/// A team's mistake, or a <c>while true</c>, never stops its roadmap or its updates.
/// </summary>
public sealed partial class TemplateOverrides(string kind, ILogger logger)
{
    // Distinct texts and reports are kept; a repository editing its templates all day must not grow these forever.
    private const int MaxRemembered = 500;
    private readonly ConcurrentDictionary<string, TemplateParseResult> parsed = new();
    private readonly ConcurrentDictionary<string, byte> reported = new();

    /// <summary>The parsed override, or null when it has errors (reported once per distinct text).</summary>
    public RoadmapTemplate? Parse(string container, string name, string text)
    {
        var key = Hashing.Sha256Hex(name + "\n" + text);
        if (parsed.Count > MaxRemembered)
        {
            parsed.Clear();
        }
        var result = parsed.GetOrAdd(key, _ => RoadmapTemplate.Parse(text, name));
        if (result.Errors.Count > 0 && Remember(key))
        {
            var first = result.Errors[0];
            LogTemplateError(kind, container, "has errors", first.Path, first.Line, first.Column,
                string.Join("; ", result.Errors.Select(e => $"({e.Line},{e.Column}): {e.Message}")));
        }
        return result.Template;
    }

    /// <summary>
    /// Renders <paramref name="own"/> within <paramref name="timeout"/> when there is one, else (or when it fails)
    /// <paramref name="fallback"/>. The default is the app's own and has no time limit beyond the sandbox's loop limits.
    /// </summary>
    public TemplateOutput Render(string container, RoadmapTemplate? own, RoadmapTemplate fallback, Func<ScriptObject> model, TimeSpan timeout, CancellationToken ct)
    {
        if (own is not null)
        {
            var result = TemplateRun.Render(own, model(), timeout, ct);
            if (result.Text is not null)
            {
                return new TemplateOutput(result.Text, FellBack: false);
            }
            var error = result.Error!;
            if (Remember(container + "\n" + error))
            {
                LogTemplateError(kind, container, "failed while rendering", error.Path, error.Line, error.Column, error.Message);
            }
        }

        var text = TemplateRun.Render(fallback, model(), Timeout.InfiniteTimeSpan, ct);
        return new TemplateOutput(text.Text ?? throw new InvalidOperationException($"The default template failed: {text.Error}"), FellBack: own is not null);
    }

    private bool Remember(string key)
    {
        if (reported.Count > MaxRemembered)
        {
            reported.Clear();
        }
        return reported.TryAdd(key, 0);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The {Kind} template of {Container} {What}; the default template is used instead until it is fixed: {Path}({Line},{Column}): {Error}")]
    private partial void LogTemplateError(string kind, string container, string what, string path, int line, int column, string error);
}

/// <summary>What a template rendered, and whether the default stood in for a failing override.</summary>
public sealed record TemplateOutput(string Text, bool FellBack);
