using ProductOps.Templates;

namespace ProductOps.Roadmap;

/// <summary>
/// The roadmap's way into the shared template engine (<see cref="TemplateLibrary"/>): the repository's own Markdown
/// template (<c>.github/product-ops/templates/roadmap.md.scriban</c>, read by the publisher through the provider's
/// <see cref="ITemplateSource"/>) under the rule update templates follow, rendered within
/// <see cref="RoadmapSettings.RenderTimeout"/>, else <c>templates/roadmap.md.scriban</c>. Parsed templates live in
/// <see cref="TemplateCache"/>, not here.
/// </summary>
public sealed class RoadmapTemplates(TemplateLibrary library, RoadmapSettings settings)
{
    public async Task<ChosenTemplate> GetAsync(IRoadmapPublisher publisher, string container, CancellationToken ct) =>
        library.Choose("roadmap", container, TemplateFiles.RoadmapMarkdown, await publisher.ReadTemplateAsync(ct), settings.RenderTimeout);
}
