namespace ProductOps.GitHub;

public sealed record GitHubUser(string Login, string? Type);
