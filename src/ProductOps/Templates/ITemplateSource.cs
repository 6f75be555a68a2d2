namespace ProductOps.Templates;

/// <summary>
/// Where a repository or Jira project keeps its own templates (<see cref="TemplateFiles.OverridePath"/> on GitHub,
/// the app settings for Jira). One implementation per provider serves roadmap and update templates alike.
/// </summary>
public interface ITemplateSource
{
    string Provider { get; }

    /// <summary>The override's text (at most <see cref="TemplateFiles.MaxLength"/> characters are read), or null when there is none.</summary>
    Task<string?> ReadAsync(string container, string? scope, string name, CancellationToken ct);
}
