namespace ProductOps.GitHub;

public sealed record GitHubMilestone(string? Title);
