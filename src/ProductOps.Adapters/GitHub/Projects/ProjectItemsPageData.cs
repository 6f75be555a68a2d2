namespace ProductOps.GitHub.Projects;

public sealed record ProjectItemsPageData(ProjectHolder? Organization);
