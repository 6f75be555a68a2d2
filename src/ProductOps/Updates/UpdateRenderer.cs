using ProductOps.Templates;

namespace ProductOps.Updates;

/// <summary>
/// Renders an update with the repository's (or Jira project's) own template when it has a good one, otherwise
/// with the default from <c>templates/</c>, through the engine the roadmap uses (<see cref="TemplateLibrary"/>):
/// parsed once, time-limited (<see cref="UpdatesSettings.RenderTimeout"/>), a failure reported once and the default used.
/// </summary>
public sealed class UpdateRenderer(TemplateLibrary templates, UpdatesSettings settings)
{
    public async Task<string> RenderAsync(UpdateMessage update, TextDialect dialect, bool mentions, CancellationToken ct)
    {
        var template = await templates.GetAsync("update", update.Provider, update.Container, update.Scope, update.Template, settings.RenderTimeout, ct);
        return Tidy(template.Render(() => UpdateModel.ToScript(update.Model, dialect, mentions), ct));
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
