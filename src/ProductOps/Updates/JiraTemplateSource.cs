namespace ProductOps.Updates;

/// <summary>Jira projects keep their templates in the app settings: <c>Updates:JiraTemplates:&lt;PROJECT&gt;:&lt;template&gt;</c>.</summary>
public sealed class JiraTemplateSource(UpdatesSettings settings) : IUpdateTemplateSource
{
    public string Provider => Events.Providers.Jira;

    public Task<string?> ReadAsync(string container, string? scope, string template, CancellationToken ct) =>
        Task.FromResult(settings.JiraTemplates.TryGetValue(container, out var templates) && templates.TryGetValue(template, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : null);
}
