using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

// The issues and comments FakeJira keeps, and the endpoints that read and change them.
public sealed partial class FakeJira
{
    private readonly ConcurrentDictionary<string, JsonObject> issues = new();
    private readonly ConcurrentDictionary<long, JiraStoredComment> comments = new();
    private long nextCommentId = 20000;

    /// <summary>Makes an issue exist, e.g. the <c>issue</c> of the payload a test is about to send.</summary>
    public void Seed(JsonNode issue) => issues[issue["key"]!.GetValue<string>()] = issue.DeepClone().AsObject();

    /// <summary>The issue's current fields (after the app's edits).</summary>
    public JsonObject FieldsOf(string key) => issues[key]["fields"]!.AsObject();

    public IReadOnlyList<string> LabelsOf(string key) =>
        [.. FieldsOf(key)["labels"]!.AsArray().Select(l => l!.GetValue<string>())];

    public IReadOnlyList<JiraStoredComment> CommentsOn(string key) =>
        [.. comments.Values.Where(c => c.IssueKey == key).OrderBy(c => c.Id)];

    /// <summary>Jira's own time format, e.g. 2024-03-01T10:15:30.123+0000.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    private ResponseMessage GetIssue(string key) =>
        issues.TryGetValue(key, out var issue)
            ? Json(200, issue.DeepClone())
            : Error(404, "Issue does not exist or you do not have permission to see it.");

    // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
    private ResponseMessage EditIssue(string key, IRequestMessage request)
    {
        if (!issues.TryGetValue(key, out var issue))
        {
            return Error(404, "Issue does not exist or you do not have permission to see it.");
        }

        var edit = JsonNode.Parse(request.Body!)!.AsObject();
        var fields = issue["fields"]!.AsObject();
        lock (issue)
        {
            foreach (var (id, value) in edit["fields"]?.AsObject() ?? [])
            {
                fields[id] = value?.DeepClone();
            }

            var labels = fields["labels"]?.AsArray().Select(l => l!.GetValue<string>()).ToList() ?? [];
            foreach (var operation in edit["update"]?["labels"]?.AsArray() ?? [])
            {
                if (operation!["add"]?.GetValue<string>() is { } add && !labels.Contains(add))
                {
                    labels.Add(add);
                }

                if (operation["remove"]?.GetValue<string>() is { } remove)
                {
                    labels.Remove(remove);
                }
            }

            fields["labels"] = new JsonArray([.. labels.Select(l => (JsonNode)l)]);
            fields["updated"] = Time(DateTimeOffset.UtcNow);
        }

        return Json(204, null);
    }

    // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
    private ResponseMessage CommentsPage(string key, IRequestMessage request)
    {
        var all = CommentsOn(key);
        var startAt = int.Parse(Query(request, "startAt") ?? "0");
        var max = int.Parse(Query(request, "maxResults") ?? "50");
        var page = all.Skip(startAt).Take(max).Select(c => (JsonNode)c.ToJson(withProperties: false)).ToArray();
        return Json(200, new JsonObject { ["startAt"] = startAt, ["maxResults"] = max, ["total"] = all.Count, ["comments"] = new JsonArray(page) });
    }

    private ResponseMessage AddComment(string key, IRequestMessage request)
    {
        if (!issues.ContainsKey(key))
        {
            return Error(404, "Issue does not exist or you do not have permission to see it.");
        }

        var body = JsonNode.Parse(request.Body!)!;
        var comment = new JiraStoredComment(Interlocked.Increment(ref nextCommentId), key, body["body"]!.DeepClone(), body["properties"]?.DeepClone().AsArray() ?? [], ApiUser);
        comments[comment.Id] = comment;
        return Json(201, comment.ToJson(withProperties: false));
    }

    private ResponseMessage UpdateComment(string key, long id, IRequestMessage request)
    {
        if (!comments.TryGetValue(id, out var existing) || existing.IssueKey != key)
        {
            return Error(404, $"Can not find a comment for the id: {id}.");
        }

        var body = JsonNode.Parse(request.Body!)!;
        var updated = existing with { Body = body["body"]!.DeepClone(), Properties = body["properties"]?.DeepClone().AsArray() ?? existing.Properties };
        comments[id] = updated;
        return Json(200, updated.ToJson(withProperties: false));
    }

    private static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private ResponseMessage CommentList(IRequestMessage request)
    {
        var ids = JsonNode.Parse(request.Body!)!["ids"]!.AsArray().Select(i => i!.GetValue<long>()).ToHashSet();
        var expand = Query(request, "expand") == "properties";
        var values = comments.Values.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => (JsonNode)c.ToJson(expand)).ToArray();
        return Json(200, new JsonObject { ["maxResults"] = 1000, ["startAt"] = 0, ["total"] = values.Length, ["isLast"] = true, ["values"] = new JsonArray(values) });
    }
}

/// <summary>A comment as FakeJira keeps it: ADF body, entity properties and its author's accountId.</summary>
public sealed record JiraStoredComment(long Id, string IssueKey, JsonNode Body, JsonArray Properties, string AuthorId)
{
    public JsonObject ToJson(bool withProperties)
    {
        var json = new JsonObject
        {
            ["self"] = $"https://your-domain.atlassian.net/rest/api/3/issue/{IssueKey}/comment/{Id}",
            ["id"] = Id.ToString(CultureInfo.InvariantCulture),
            ["author"] = FakeJira.User(AuthorId),
            ["body"] = Body.DeepClone(),
            ["created"] = "2026-11-23T10:00:00.000+0000",
            ["updated"] = "2026-11-23T10:00:00.000+0000",
            ["jsdPublic"] = true,
        };
        if (withProperties)
        {
            json["properties"] = Properties.DeepClone();
        }

        return json;
    }

    /// <summary>The marker value of our <c>product-ops</c> property, if any.</summary>
    public string? Marker => Properties.FirstOrDefault(p => p!["key"]?.GetValue<string>() == "product-ops")?["value"]?["marker"]?.GetValue<string>();
}
