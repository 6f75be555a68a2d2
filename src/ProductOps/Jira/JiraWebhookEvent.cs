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

public sealed record JiraChangelog(string? Id, IReadOnlyList<JiraChangeItem>? Items);

/// <summary>
/// One changed field. <see cref="Field"/> is the field's name ("labels", "status", "Reach"),
/// <see cref="FieldId"/> its id ("customfield_10050"). For labels, <see cref="FromText"/> and
/// <see cref="ToText"/> hold space-separated label lists and From/To are null.
/// </summary>
public sealed record JiraChangeItem
{
    public required string Field { get; init; }

    [JsonPropertyName("fieldtype")]
    public string? FieldType { get; init; }

    public string? FieldId { get; init; }
    public string? From { get; init; }

    [JsonPropertyName("fromString")]
    public string? FromText { get; init; }

    public string? To { get; init; }

    [JsonPropertyName("toString")]
    public string? ToText { get; init; }
}
