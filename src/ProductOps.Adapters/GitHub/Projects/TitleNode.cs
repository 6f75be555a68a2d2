namespace ProductOps.GitHub.Projects;

public sealed record TitleNode(string? Title);
