using System.Text.Json.Serialization;

namespace ProductOps.GitHub;

public sealed record GitHubRepository(
    [property: JsonPropertyName("full_name")] string FullName,
    [property: JsonPropertyName("default_branch")] string? DefaultBranch = null);
