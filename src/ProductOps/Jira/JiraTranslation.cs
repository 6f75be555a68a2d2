using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>What a Jira webhook delivery means to Product Ops: an item event, an event we ignore, or garbage.</summary>
public abstract record JiraTranslation
{
    private JiraTranslation()
    {
    }

    public sealed record Translated(JiraItemEvent Event) : JiraTranslation;

    /// <summary>A well-formed delivery that is none of our business (an event we do not act on).</summary>
    public sealed record Ignored(string Reason) : JiraTranslation
    {
        public override string ToString() => $"ignored: {Reason}";
    }

    /// <summary>Not JSON, or not shaped like a Jira webhook payload.</summary>
    public sealed record Malformed(string Error) : JiraTranslation
    {
        public override string ToString() => $"malformed: {Error}";
    }
}

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

/// <param name="Labels">The label set changed (or the issue is new).</param>
/// <param name="Status">The status changed (or the issue is new).</param>
/// <param name="Fields">Names of the other fields that changed, by field NAME as in <see cref="WorkItem.Fields"/>.</param>
/// <param name="LabelsAdded">Labels in the new set and not in the old one.</param>
/// <param name="LabelsRemoved">Labels in the old set and not in the new one.</param>
/// <param name="Items">The changelog as Jira sent it.</param>
public sealed record JiraItemChanges(
    bool Labels,
    bool Status,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> LabelsAdded,
    IReadOnlyList<string> LabelsRemoved,
    IReadOnlyList<JiraChangeItem> Items)
{
    public static JiraItemChanges None { get; } = new(false, false, [], [], [], []);
}
