namespace ProductOps.GitHub;

public sealed record GitHubInstallation(long Id);
