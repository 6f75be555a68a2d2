using System.Text.Json;
using ProductOps.Jira.Adf;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// The tracker port over Jira Cloud. Item keys are ("jira", projectKey, issueKey).
/// </summary>
/// <remarks>
/// Labels: Jira labels cannot contain spaces (a space separates labels in the UI and in webhook
/// changelogs), so a label with whitespace is refused here rather than by a 400. Our
/// <c>priority:P1</c>, <c>phase:beta</c> style labels need no mapping: colons are allowed.
/// Marked comments: the marker and content hash live in a comment property (key
/// <see cref="PropertyKey"/>), invisible to people and kept by Jira with the comment; see
/// https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/.
/// </remarks>
public sealed class JiraTracker(JiraClient client) : ITracker
{
    public const string PropertyKey = "product-ops";

    /// <summary>Jira documents no server-side time limit; a minute covers the late answers seen in practice.</summary>
    public TimeSpan WriteSettleTime => TimeSpan.FromMinutes(1);

    public async Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct)
    {
        if (labels.Count == 0)
        {
            return;
        }

        var operations = labels.Select(l => JiraLabelOperation.Adding(ValidLabel(l))).ToList();
        await client.EditIssueAsync(IssueKey(item), new JiraEditIssueRequest(Update: new JiraIssueUpdate(operations)), ct).ConfigureAwait(false);
    }

    public Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct) =>
        client.EditIssueAsync(
            IssueKey(item), new JiraEditIssueRequest(Update: new JiraIssueUpdate([JiraLabelOperation.Removing(ValidLabel(label))])), ct);

    /// <summary>
    /// The oldest comment carrying our property with this marker and written by the API user (a race may
    /// have left two; the oldest wins). Anyone who can comment can also set comment properties, so the
    /// property alone does not make a comment ours.
    /// </summary>
    public async Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct)
    {
        var me = await client.GetMyAccountIdAsync(ct).ConfigureAwait(false);
        await foreach (var comment in client.GetCommentsWithPropertiesAsync(IssueKey(item), ct).ConfigureAwait(false))
        {
            var mark = ReadMark(comment);
            if (mark is not null && string.Equals(mark.Marker, marker, StringComparison.Ordinal) && comment.Author?.AccountId == me)
            {
                return new MarkedComment(comment.Id, mark.Hash);
            }
        }

        return null;
    }

    public async Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct)
    {
        try
        {
            var created = await client.AddCommentAsync(IssueKey(item), Request(content), ct).ConfigureAwait(false);
            return created.Id;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new UnansweredWriteException($"Jira did not answer the comment create on {item}: {e.Message}", e);
        }
    }

    public async Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct) =>
        await client.UpdateCommentAsync(IssueKey(item), commentId, Request(content), ct).ConfigureAwait(false) is not null;

    /// <summary>Resolves the field id by name through <c>/rest/api/3/field</c>, then sets it (null clears it).</summary>
    public async Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct)
    {
        var fieldId = await client.ResolveFieldIdAsync(fieldName, ct).ConfigureAwait(false);
        var fields = new Dictionary<string, JsonElement> { [fieldId] = JsonSerializer.SerializeToElement(value) };
        await client.EditIssueAsync(IssueKey(item), new JiraEditIssueRequest(Fields: fields), ct).ConfigureAwait(false);
    }

    private static JiraCommentRequest Request(MarkedCommentContent content)
    {
        var mark = new CommentMark(content.Marker, content.ContentHash);
        var property = new JiraEntityProperty(PropertyKey, JsonSerializer.SerializeToElement(mark, JiraJson.Options));
        return new JiraCommentRequest(MarkdownToAdf.Convert(content.Markdown), [property]);
    }

    private static CommentMark? ReadMark(JiraComment comment)
    {
        var property = comment.Properties?.FirstOrDefault(p => p.Key == PropertyKey);
        if (property is null || property.Value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return property.Value.Deserialize<CommentMark>(JiraJson.Options);
        }
        catch (JsonException)
        {
            return null; // someone else's value under our key: not ours to trust
        }
    }

    private static string IssueKey(ItemKey item) =>
        item.Provider == "jira" ? item.Id : throw new ArgumentException($"{item} is not a Jira item.", nameof(item));

    private static string ValidLabel(string label) =>
        label.Length > 0 && !label.Any(char.IsWhiteSpace)
            ? label
            : throw new ArgumentException($"Jira labels cannot be empty or contain spaces: \"{label}\".", nameof(label));

    /// <summary>The property value: <c>{"marker":"score","hash":"..."}</c>.</summary>
    private sealed record CommentMark(string Marker, string? Hash);
}
