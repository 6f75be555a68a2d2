namespace ProductOps.GitHub.Projects;

public sealed record CountNode(int TotalCount);
