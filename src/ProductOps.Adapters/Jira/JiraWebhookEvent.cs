using System.Text.Json.Serialization;

namespace ProductOps.Jira;

// The parts of Jira webhook payloads Product Ops reads. The issue bean is the REST one
// (JiraIssue), rendered in v2 form: descriptions and comment bodies are strings, not ADF.
// https://developer.atlassian.com/cloud/jira/platform/webhooks/#example-callback-for-an-issue-related-event

public sealed record JiraWebhookEvent
{
    /// <summary>Milliseconds since the epoch when Jira raised the event.</summary>
    public long? Timestamp { get; init; }

    /// <summary><c>jira:issue_created</c>, <c>jira:issue_updated</c>, <c>jira:issue_deleted</c>, <c>comment_created</c>, ...</summary>
    public string? WebhookEvent { get; init; }

    /// <summary>Finer detail for issue events: <c>issue_updated</c>, <c>issue_generic</c>, <c>issue_assigned</c>, ...</summary>
    [JsonPropertyName("issue_event_type_name")]
    public string? IssueEventTypeName { get; init; }

    public JiraUser? User { get; init; }
    public JiraIssue? Issue { get; init; }
    public JiraChangelog? Changelog { get; init; }
    public JiraComment? Comment { get; init; }
}
