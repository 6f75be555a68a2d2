namespace ProductOps.GitHub;

/// <summary>The parts of a <c>push</c> payload used to notice configuration changes.</summary>
public sealed record PushPayload(string? Ref, GitHubRepository? Repository, GitHubInstallation? Installation, IReadOnlyList<PushCommit>? Commits);
