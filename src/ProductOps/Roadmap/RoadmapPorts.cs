using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>Told after every processed event that a repository's or project's roadmap may be out of date.</summary>
public interface IRoadmapSignal
{
    Task MarkDirtyAsync(ItemKey item, string? scope, CancellationToken ct);

    /// <summary>Asks for a refresh without waiting for the debounce window (<c>/roadmap</c>); by default the same as a change.</summary>
    Task RefreshNowAsync(ItemKey item, string? scope, CancellationToken ct) => MarkDirtyAsync(item, scope, ct);
}

/// <summary>The board index rows of one repository or project: all a refresh reads about items.</summary>
public interface IRoadmapIndex
{
    IAsyncEnumerable<ItemRecord> ListAsync(string provider, string container, CancellationToken ct);
}

/// <summary>What was last published for one roadmap, so an unchanged page costs no tracker call at all.</summary>
public interface IRoadmapStates
{
    Task<RoadmapState> GetAsync(string provider, string container, CancellationToken ct);

    Task SaveAsync(RoadmapState state, CancellationToken ct);

    /// <summary>Clears the "refresh pending" mark before the index is read, so later events schedule another refresh.</summary>
    Task ClearPendingAsync(string provider, string container, CancellationToken ct);
}

/// <summary>Content hashes of what each target last received (hash of target settings and content).</summary>
public sealed record RoadmapState(string Provider, string Container)
{
    public string? FileHash { get; init; }
    public string? IssueHash { get; init; }
    public string? IssueId { get; init; }
    public string? HtmlHash { get; init; }
    public string? JiraIssueHash { get; init; }
    public string? Version { get; init; }
}

/// <summary>Opens the tracker-side writer for a repository or project; null when the provider has none.</summary>
public interface IRoadmapPublishers
{
    IRoadmapPublisher? Open(string provider, string container, string? scope);
}

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

/// <summary>Jira issues whose description is a roadmap (the <c>jira-issue</c> target), for a repository's roadmap or a project's.</summary>
public interface IRoadmapJiraIssues
{
    /// <summary>Writes the description as ADF; false when nothing was written (no Jira credentials: a dry run, logged).</summary>
    Task<bool> WriteDescriptionAsync(RoadmapJiraIssueTarget target, string markdown, CancellationToken ct);
}

/// <summary>The last two versions of each roadmap's placements, for "what changed since the last version".</summary>
public interface IRoadmapVersions
{
    Task<RoadmapVersions?> GetAsync(string provider, string container, CancellationToken ct);

    Task SaveAsync(string provider, string container, RoadmapVersions versions, CancellationToken ct);
}

/// <summary>Static pages for readers without tracker access (the <c>$web</c> container).</summary>
public interface IStaticPages
{
    Task WriteAsync(string path, string html, CancellationToken ct);
}
