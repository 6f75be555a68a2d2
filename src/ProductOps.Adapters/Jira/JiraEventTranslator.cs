using System.Text.Json;
using ProductOps.Jira.Adf;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// Turns a Jira webhook body into a provider-neutral <see cref="JiraItemEvent"/>. Never throws for
/// bad input: unknown events are <see cref="JiraTranslation.Ignored"/>, unparsable ones
/// <see cref="JiraTranslation.Malformed"/>.
/// </summary>
/// <param name="fieldNamesById">Field id to field name (see <see cref="FieldNames"/>, from <c>/rest/api/3/field</c>).
/// Only fields in this map appear in <see cref="WorkItem.Fields"/>: pass the whole catalogue or just the inputs.</param>
public sealed class JiraEventTranslator(IReadOnlyDictionary<string, string> fieldNamesById)
{
    public const string IssueCreated = "jira:issue_created";
    public const string IssueUpdated = "jira:issue_updated";
    public const string IssueDeleted = "jira:issue_deleted";
    public const string CommentCreated = "comment_created";
    public const string CommentUpdated = "comment_updated";

    /// <summary>The id-to-name map from Jira's field catalogue.</summary>
    public static IReadOnlyDictionary<string, string> FieldNames(IEnumerable<JiraField> fields) =>
        fields.DistinctBy(f => f.Id).ToDictionary(f => f.Id, f => f.Name);

    public JiraTranslation Translate(string json, string? webhookIdentifier) =>
        Translate(System.Text.Encoding.UTF8.GetBytes(json), webhookIdentifier);

    public JiraTranslation Translate(ReadOnlySpan<byte> utf8Json, string? webhookIdentifier)
    {
        try
        {
            return Translate(JsonSerializer.Deserialize<JiraWebhookEvent>(utf8Json, JiraJson.Options), webhookIdentifier);
        }
        catch (JsonException e)
        {
            return new JiraTranslation.Malformed($"not a Jira webhook payload: {e.Message}");
        }
    }

    /// <summary>A payload as it travels in the queue (see <c>TrackerEvent.Payload</c>).</summary>
    public JiraTranslation Translate(JsonElement payload, string? webhookIdentifier)
    {
        try
        {
            return Translate(payload.Deserialize<JiraWebhookEvent>(JiraJson.Options), webhookIdentifier);
        }
        catch (JsonException e)
        {
            return new JiraTranslation.Malformed($"not a Jira webhook payload: {e.Message}");
        }
    }

    private JiraTranslation Translate(JiraWebhookEvent? payload, string? webhookIdentifier)
    {

        if (payload?.WebhookEvent is not { Length: > 0 } name)
        {
            return new JiraTranslation.Malformed("the payload has no webhookEvent");
        }

        if (name is not (IssueCreated or IssueUpdated or IssueDeleted or CommentCreated or CommentUpdated))
        {
            return new JiraTranslation.Ignored($"event \"{name}\" is not one Product Ops acts on");
        }

        if (payload.Issue is not { } issue)
        {
            return new JiraTranslation.Malformed($"a {name} payload without an issue");
        }

        var item = ToWorkItem(issue, name == IssueDeleted);
        var changes = name switch
        {
            IssueCreated => new JiraItemChanges(true, true, [.. item.Fields.Keys], item.Labels, [], Items(payload)),
            IssueUpdated => FromChangelog(Items(payload)),
            _ => JiraItemChanges.None,
        };

        var raisedAt = payload.Timestamp is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
        return new JiraTranslation.Translated(new JiraItemEvent(
            name, webhookIdentifier, raisedAt, item, changes, IsPartial: name is CommentCreated or CommentUpdated, CommentId: payload.Comment?.Id));
    }

    /// <summary>The work item an issue bean shows: from a payload, or from <c>GET /rest/api/3/issue</c>.</summary>
    public WorkItem ToWorkItem(JiraIssue issue, bool deleted = false)
    {
        var fields = issue.Fields;
        var state = deleted ? ItemState.Deleted
            : fields.Status?.StatusCategory?.Key == "done" ? ItemState.Closed
            : ItemState.Open;

        return new WorkItem
        {
            Key = new ItemKey("jira", fields.Project?.Key ?? issue.Key.Split('-')[0], issue.Key),
            Title = fields.Summary ?? "",
            Body = AdfPlainText.From(fields.Description),
            Url = BrowseUrl(issue),
            State = state,
            Labels = fields.Labels ?? [],
            Fields = NamedFields(fields),
            Assignees = fields.Assignee is { } a && (a.DisplayName ?? a.AccountId) is { } who ? [who] : [],
            CreatedAt = fields.Created ?? default,
            UpdatedAt = fields.Updated ?? default,
        };
    }

    private Dictionary<string, string> NamedFields(JiraIssueFields fields)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in fields.Other)
        {
            if (fieldNamesById.TryGetValue(id, out var name) && JiraFieldText.From(value) is { } text)
            {
                named.TryAdd(name, text);
            }
        }

        return named;
    }

    private JiraItemChanges FromChangelog(IReadOnlyList<JiraChangeItem> items)
    {
        static bool Is(JiraChangeItem item, string id) =>
            string.Equals(item.FieldId ?? item.Field, id, StringComparison.OrdinalIgnoreCase);

        var labelItems = items.Where(i => Is(i, "labels")).ToList();
        var before = labelItems.SelectMany(i => SplitLabels(i.FromText)).ToHashSet(StringComparer.Ordinal);
        var after = labelItems.SelectMany(i => SplitLabels(i.ToText)).ToHashSet(StringComparer.Ordinal);

        var otherFields = items
            .Where(i => !Is(i, "labels") && !Is(i, "status"))
            .Select(i => i.FieldId is { } id && fieldNamesById.TryGetValue(id, out var name) ? name : i.Field)
            .Distinct()
            .ToList();

        return new JiraItemChanges(
            labelItems.Count > 0,
            items.Any(i => Is(i, "status")),
            otherFields,
            [.. after.Except(before)],
            [.. before.Except(after)],
            items);
    }

    /// <summary>Jira reports label changes as space-separated lists (labels cannot contain spaces).</summary>
    private static string[] SplitLabels(string? text) =>
        text?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static IReadOnlyList<JiraChangeItem> Items(JiraWebhookEvent payload) => payload.Changelog?.Items ?? [];

    /// <summary>The people-facing address: the REST <c>self</c> link's site plus <c>/browse/KEY</c>.</summary>
    private static string BrowseUrl(JiraIssue issue)
    {
        var rest = issue.Self?.IndexOf("/rest/", StringComparison.Ordinal) ?? -1;
        return rest > 0 ? $"{issue.Self![..rest]}/browse/{issue.Key}" : "";
    }
}
