using System.Text.Json.Serialization;

namespace ProductOps.GitHub;

public sealed record GitHubComment(
    long Id,
    string? Body,
    GitHubUser? User,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt);
