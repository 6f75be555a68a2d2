namespace ProductOps.GitHub.Projects;

public sealed record RepositoryName(string NameWithOwner);
