namespace ProductOps.GitHub.Projects;

public sealed record OptionNode(string Id, string Name);
