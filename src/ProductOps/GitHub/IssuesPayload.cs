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

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(IssuesPayload))]
[JsonSerializable(typeof(PushPayload))]
[JsonSerializable(typeof(IssueCommentPayload))]
internal sealed partial class GitHubJson : JsonSerializerContext;
