namespace ProductOps.GitHub.Projects;

public sealed record IssueItems(Connection<ProjectItemNode>? ProjectItems);
