using ProductOps.Configuration;

namespace ProductOps.Roadmap;

/// <summary>The tracker writes a roadmap needs; GitHub implements it over its contents and issues APIs.</summary>
public interface IRoadmapPublisher
{
    /// <summary>False for a container without a repository (a Jira project): its file and issue targets are skipped.</summary>
    bool HasRepository { get; }

    Task<ProductOpsConfig> GetConfigAsync(CancellationToken ct);

    /// <summary>The repository's own Markdown template, or null to use the default.</summary>
    Task<string?> ReadTemplateAsync(CancellationToken ct);

    /// <summary>Commits the file unless it already holds exactly this text; true when a commit was made.</summary>
    Task<bool> CommitFileAsync(RoadmapFileTarget target, string markdown, CancellationToken ct);

    /// <summary>Writes the body of the roadmap issue (finding it by marker, or creating it); returns its id.</summary>
    Task<string> WriteIssueAsync(RoadmapIssueTarget target, string? knownIssue, string markdown, CancellationToken ct);

    /// <summary>
    /// Reports (or, with null, clears) a problem with the project the roadmap lists, where configuration
    /// errors are reported; a tracker without such a report ignores it.
    /// </summary>
    Task ReportProjectProblemAsync(string? problem, CancellationToken ct) => Task.CompletedTask;
}
