using Microsoft.Extensions.Logging;
using ProductOps.Templates;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>
/// A repository's own Markdown template, under the same rule as update templates (<see cref="TemplateOverrides"/>):
/// parsed once per distinct text, never rendered with errors, rendered within <see cref="RoadmapSettings.RenderTimeout"/>,
/// and a failure is reported once while the default template renders the page.
/// </summary>
public sealed class RoadmapTemplateCache(RoadmapSettings settings, ILogger<RoadmapTemplateCache> logger)
{
    public const string OverridePath = ".github/product-ops/templates/roadmap.md.scriban";
    private readonly TemplateOverrides overrides = new("roadmap", logger);

    public async Task<RoadmapMarkdownTemplate> GetAsync(IRoadmapPublisher publisher, string container, CancellationToken ct)
    {
        var text = await publisher.ReadTemplateAsync(ct);
        var own = text is null ? null : overrides.Parse(container, $"{container}:{OverridePath}", text);
        return new RoadmapMarkdownTemplate(overrides, container, own, settings.RenderTimeout);
    }
}

/// <summary>
/// The Markdown template of one refresh: the repository's own until it fails once, then the default for the rest
/// of the refresh, so the size-fitting passes of <see cref="RoadmapRenderer"/> never wait on a failing template twice.
/// </summary>
public sealed class RoadmapMarkdownTemplate(TemplateOverrides overrides, string container, RoadmapTemplate? own, TimeSpan timeout)
{
    private RoadmapTemplate? own = own;

    public string Render(Func<ScriptObject> model, CancellationToken ct)
    {
        var output = overrides.Render(container, own, RoadmapTemplate.DefaultMarkdown, model, timeout, ct);
        if (output.FellBack)
        {
            own = null;
        }
        return output.Text;
    }
}
