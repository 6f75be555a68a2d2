namespace ProductOps.GitHub;

public sealed record GitHubLabel(string Name);
