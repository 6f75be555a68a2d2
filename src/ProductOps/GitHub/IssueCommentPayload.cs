namespace ProductOps.GitHub;

/// <summary>
/// The parts of an <c>issue_comment</c> payload used for comment commands.
/// https://docs.github.com/webhooks/webhook-events-and-payloads#issue_comment
/// </summary>
public sealed record IssueCommentPayload(string? Action, GitHubIssue? Issue, GitHubComment? Comment, GitHubRepository? Repository, GitHubInstallation? Installation, GitHubUser? Sender = null);
