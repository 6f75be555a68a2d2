namespace ProductOps.GitHub.Projects;

public sealed record IssueHolder(IssueItems? Issue);
