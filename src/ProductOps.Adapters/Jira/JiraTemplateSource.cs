using ProductOps.Templates;
using ProductOps.Updates;

namespace ProductOps.Jira;

/// <summary>
/// Jira projects keep their templates in the app settings: <c>Updates:JiraTemplates:&lt;PROJECT&gt;:&lt;template&gt;</c>
/// (<c>roadmap.md</c> for the roadmap, the update names for updates). A text longer than
/// <see cref="TemplateFiles.MaxLength"/> is passed on and refused by the parser with a clear error.
/// </summary>
public sealed class JiraTemplateSource(UpdatesSettings settings) : ITemplateSource
{
    public string Provider => Events.Providers.Jira;

    public Task<string?> ReadAsync(string container, string? scope, string name, CancellationToken ct) =>
        Task.FromResult(settings.JiraTemplates.TryGetValue(container, out var templates) && templates.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : null);
}
