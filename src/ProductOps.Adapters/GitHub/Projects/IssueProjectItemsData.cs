namespace ProductOps.GitHub.Projects;

public sealed record IssueProjectItemsData(IssueHolder? Repository);
