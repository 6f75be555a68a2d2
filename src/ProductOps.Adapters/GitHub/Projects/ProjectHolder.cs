namespace ProductOps.GitHub.Projects;

public sealed record ProjectHolder(ProjectNode? ProjectV2);
