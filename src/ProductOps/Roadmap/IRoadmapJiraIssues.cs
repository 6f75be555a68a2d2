namespace ProductOps.Roadmap;

/// <summary>Jira issues whose description is a roadmap (the <c>jira-issue</c> target), for a repository's roadmap or a project's.</summary>
public interface IRoadmapJiraIssues
{
    /// <summary>Writes the description as ADF; false when nothing was written (no Jira credentials: a dry run, logged).</summary>
    Task<bool> WriteDescriptionAsync(RoadmapJiraIssueTarget target, string markdown, CancellationToken ct);
}
