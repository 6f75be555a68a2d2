using System.Text;
using System.Text.Json.Nodes;
using ProductOps.Jira;

namespace ProductOps.Tests.Infrastructure;

/// <summary>Real Jira webhook payloads from Fixtures/jira, adjusted per test, and signed like Jira signs them.</summary>
public static class JiraDeliveries
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jira", name + ".json")))!.AsObject();

    /// <summary>
    /// The real <c>jira:issue_updated</c> payload for another issue of project TES, with these custom
    /// field values (by id) and <c>updated</c> time, and a changelog item for each field set.
    /// </summary>
    public static JsonObject IssueUpdated(string key, IReadOnlyDictionary<string, JsonNode?> fields, DateTimeOffset updated, IEnumerable<string>? labels = null)
    {
        var payload = Load("issue-updated-labels");
        var issue = payload["issue"]!;
        issue["key"] = key;
        issue["self"] = $"https://some-instance-test.atlassian.net/rest/api/2/issue/{key}";
        var issueFields = issue["fields"]!;
        foreach (var (id, value) in fields)
        {
            issueFields[id] = value?.DeepClone();
        }

        if (labels is not null)
        {
            issueFields["labels"] = new JsonArray([.. labels.Select(l => (JsonNode)l)]);
        }

        issueFields["updated"] = FakeJira.Time(updated);
        payload["timestamp"] = updated.ToUnixTimeMilliseconds();
        payload["changelog"] = new JsonObject
        {
            ["id"] = "10300",
            ["items"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Key, ["fieldtype"] = "custom", ["fieldId"] = f.Key,
                ["from"] = null, ["fromString"] = null, ["to"] = f.Value?.ToJsonString(), ["toString"] = f.Value?.ToJsonString(),
            })]),
        };
        return payload;
    }

    public static HttpRequestMessage Request(JsonNode payload, string? secret, string? identifier = null) =>
        Request(Encoding.UTF8.GetBytes(payload.ToJsonString()), secret, identifier ?? Guid.NewGuid().ToString());

    /// <summary>A POST as Jira sends it: JSON, <c>X-Hub-Signature</c> when a secret is given, the webhook identifier when given.</summary>
    public static HttpRequestMessage Request(byte[] body, string? secret, string? identifier, string contentType = "application/json; charset=utf-8")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/jira/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (identifier is not null)
        {
            request.Headers.Add("X-Atlassian-Webhook-Identifier", identifier);
        }

        if (secret is not null)
        {
            request.Headers.Add(JiraWebhookSignature.HeaderName, JiraWebhookSignature.Sign(body, secret));
        }

        return request;
    }
}
