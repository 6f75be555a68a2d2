using System.Text;
using System.Text.Json.Nodes;
using ProductOps.Webhooks;

namespace ProductOps.Tests.Infrastructure;

/// <summary>Real GitHub payloads from Fixtures/github, adjusted per test, and signed like GitHub signs them.</summary>
public static class GitHubDeliveries
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "github", name + ".json")))!.AsObject();

    /// <summary>The real issues.labeled payload, for another repository, issue, label set and time.</summary>
    public static JsonObject Labeled(string repo, int number, IEnumerable<string> labels, DateTimeOffset? updatedAt = null, long? installationId = null)
    {
        var payload = Load("issues.labeled");
        payload["repository"]!["full_name"] = repo;
        payload["repository"]!["name"] = repo.Split('/')[1];
        var issue = payload["issue"]!;
        issue["number"] = number;
        issue["html_url"] = $"https://github.com/{repo}/issues/{number}";
        issue["labels"] = new JsonArray(labels.Select(l => (JsonNode)new JsonObject { ["name"] = l, ["color"] = "ededed" }).ToArray());
        issue["updated_at"] = (updatedAt ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ssZ");
        if (installationId is not null)
        {
            payload["installation"] = new JsonObject { ["id"] = installationId, ["node_id"] = "MDIz" };
        }
        return payload;
    }

    public static HttpRequestMessage Request(string eventName, JsonNode payload, string secret, string? deliveryId = null) =>
        Request(eventName, Encoding.UTF8.GetBytes(payload.ToJsonString()), secret, deliveryId);

    public static HttpRequestMessage Request(string eventName, byte[] body, string? secret, string? deliveryId = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/github/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("X-GitHub-Event", eventName);
        request.Headers.Add("X-GitHub-Delivery", deliveryId ?? Guid.NewGuid().ToString());
        if (secret is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", HmacSignature.Sign(secret, body));
        }
        return request;
    }
}
