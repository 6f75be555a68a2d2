using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <param name="EventName">The payload's <c>webhookEvent</c>, e.g. <c>jira:issue_updated</c>.</param>
/// <param name="WebhookIdentifier"><c>X-Atlassian-Webhook-Identifier</c>: the same on Jira's retries, so the dedupe key.</param>
/// <param name="RaisedAt">The payload's <c>timestamp</c>.</param>
/// <param name="Item">The issue as the payload shows it.</param>
/// <param name="Changes">What this event changed.</param>
/// <param name="IsPartial">True when the payload carries a reduced issue (comment events have no labels or
/// <c>updated</c>): fetch the issue before acting on its state.</param>
/// <param name="CommentId">The comment's id for <c>comment_created</c>.</param>
public sealed record JiraItemEvent(
    string EventName,
    string? WebhookIdentifier,
    DateTimeOffset? RaisedAt,
    WorkItem Item,
    JiraItemChanges Changes,
    bool IsPartial = false,
    string? CommentId = null);
