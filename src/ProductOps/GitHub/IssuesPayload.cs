using System.Text.Json.Serialization;

namespace ProductOps.GitHub;

/// <summary>
/// The parts of an <c>issues</c> webhook payload Product Ops uses.
/// https://docs.github.com/webhooks/webhook-events-and-payloads#issues
/// </summary>
public sealed record IssuesPayload(
    string? Action,
    GitHubIssue? Issue,
    GitHubRepository? Repository,
    GitHubInstallation? Installation,
    GitHubUser? Sender)
{
    /// <summary>The label just added or removed, on <c>labeled</c> and <c>unlabeled</c> deliveries.</summary>
    public GitHubLabel? Label { get; init; }
}

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

public sealed record GitHubLabel(string Name);

public sealed record GitHubMilestone(string? Title);

public sealed record GitHubUser(string Login, string? Type);

public sealed record GitHubRepository(
    [property: JsonPropertyName("full_name")] string FullName,
    [property: JsonPropertyName("default_branch")] string? DefaultBranch = null);

/// <summary>The parts of a <c>push</c> payload used to notice configuration changes.</summary>
public sealed record PushPayload(string? Ref, GitHubRepository? Repository, GitHubInstallation? Installation, IReadOnlyList<PushCommit>? Commits);

public sealed record PushCommit(IReadOnlyList<string>? Added, IReadOnlyList<string>? Modified, IReadOnlyList<string>? Removed)
{
    public IEnumerable<string> Paths => (Added ?? []).Concat(Modified ?? []).Concat(Removed ?? []);
}

public sealed record GitHubInstallation(long Id);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(IssuesPayload))]
[JsonSerializable(typeof(PushPayload))]
[JsonSerializable(typeof(IssueCommentPayload))]
internal sealed partial class GitHubJson : JsonSerializerContext;
