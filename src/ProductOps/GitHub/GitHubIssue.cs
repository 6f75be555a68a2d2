using System.Text.Json.Serialization;

namespace ProductOps.GitHub;

public sealed record GitHubIssue(
    long Number,
    string? Title,
    string? Body,
    [property: JsonPropertyName("html_url")] string? HtmlUrl,
    string? State,
    IReadOnlyList<GitHubLabel>? Labels,
    GitHubMilestone? Milestone,
    IReadOnlyList<GitHubUser>? Assignees,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt,
    int Comments,
    [property: JsonPropertyName("pull_request")] System.Text.Json.JsonElement? PullRequest,
    GitHubUser? User = null);
