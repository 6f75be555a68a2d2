using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Commands;

/// <summary>The real issue_comment.created payload, adjusted: another repository, issue, comment, author and text.</summary>
internal static class CommentDeliveries
{
    /// <summary>
    /// <paramref name="author"/> wrote (or, for <c>edited</c>, edited) the comment: GitHub names the editor as the
    /// payload's <c>sender</c>. Commenting updates the issue, so its <c>updated_at</c> is now.
    /// </summary>
    public static JsonObject Comment(string repo, int issue, long commentId, string author, string body, string action = "created", IEnumerable<string>? labels = null)
    {
        var payload = GitHubDeliveries.Load("issue_comment.created");
        payload["action"] = action;
        payload["repository"]!["full_name"] = repo;
        payload["repository"]!["name"] = repo.Split('/')[1];
        var item = payload["issue"]!;
        item["number"] = issue;
        item["html_url"] = $"https://github.com/{repo}/issues/{issue}";
        item["labels"] = new JsonArray((labels ?? []).Select(l => (JsonNode)new JsonObject { ["name"] = l, ["color"] = "ededed" }).ToArray());
        item["updated_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        var comment = payload["comment"]!;
        comment["id"] = commentId;
        comment["body"] = body;
        comment["user"]!["login"] = author;
        comment["user"]!["type"] = "User";
        comment["updated_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        payload["sender"]!["login"] = author;
        payload["sender"]!["type"] = "User";
        return payload;
    }

    /// <summary>Posts a signed delivery and waits until the app has finished with it ("Handled" is logged last).</summary>
    public static async Task SendAsync(RunningApp app, string eventName, JsonObject payload)
    {
        var delivery = Guid.NewGuid().ToString();
        var response = await app.Client.SendAsync(GitHubDeliveries.Request(eventName, payload, RunningApp.Secret, delivery));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => app.Logs.Lines.Any(l => l.Contains("[2010]", StringComparison.Ordinal) && l.Contains(delivery, StringComparison.Ordinal)), $"delivery {delivery} is handled");
    }
}
