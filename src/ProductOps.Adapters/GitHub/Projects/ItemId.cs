namespace ProductOps.GitHub.Projects;

public sealed record ItemId(string Id);
