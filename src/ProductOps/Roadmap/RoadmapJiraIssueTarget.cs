namespace ProductOps.Roadmap;

/// <summary>A Jira issue whose description is the roadmap (in ADF), e.g. <c>PROJ-1</c>; written with the app's Jira credentials.</summary>
public sealed record RoadmapJiraIssueTarget(string Key);
