namespace ProductOps.GitHub.Projects;

/// <summary>GitHub answered a GraphQL call with <c>errors</c> (or no data): the operation and GitHub's messages.</summary>
public sealed class GitHubGraphQlException(string operation, string message, bool refused = false)
    : Exception($"GitHub GraphQL {operation} failed: {message}")
{
    public string Operation { get; } = operation;

    /// <summary>GitHub refused the read (no permission, no such node): retrying will not help, the configuration or the install must change.</summary>
    public bool Refused { get; } = refused;
}
