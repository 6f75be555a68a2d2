using Microsoft.Extensions.Logging;

namespace ProductOps.Templates;

/// <summary>
/// The one lookup for every template, roadmap and updates alike: the container's own template from its provider's
/// <see cref="ITemplateSource"/> (a repository's <c>.github/product-ops/templates/&lt;name&gt;.scriban</c>, a Jira
/// project's app setting), parsed through <see cref="TemplateCache"/>, else the default shipped with the app. An
/// override with errors is reported once and never rendered (docs/updates.md, docs/roadmap.md).
/// </summary>
public sealed class TemplateLibrary(IEnumerable<ITemplateSource> sources, ILogger<TemplateLibrary> logger)
{
    private readonly TemplateReports reports = new(logger);

    /// <param name="kind">What the template is for in reports (<c>roadmap</c>, <c>update</c>).</param>
    public async Task<ChosenTemplate> GetAsync(string kind, string provider, string container, string? scope, string name, TimeSpan timeout, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Provider == provider);
        var text = source is null ? null : await source.ReadAsync(container, scope, name, ct);
        return Choose(kind, container, name, text, timeout);
    }

    /// <summary>The override in <paramref name="text"/> when it parses, else the default <paramref name="name"/>.</summary>
    public ChosenTemplate Choose(string kind, string container, string name, string? text, TimeSpan timeout)
    {
        var fallback = BuiltInTemplates.Get(name);
        if (text is null)
        {
            return new ChosenTemplate(null, fallback, timeout);
        }
        var parsed = TemplateCache.Parse($"{container}:{TemplateFiles.OverridePath(name)}", text);
        if (parsed.Template is null)
        {
            reports.HasErrors(kind, container, parsed.Errors);
        }
        return new ChosenTemplate(parsed.Template, fallback, timeout, error => reports.FailedWhileRendering(kind, container, error));
    }
}
