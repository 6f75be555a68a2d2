namespace ProductOps.GitHub.Projects;

public sealed record NameNode(string Name);
