using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Commands;

/// <summary>The real issue_comment.created payload, adjusted: another repository, issue, comment, author and text.</summary>
internal static class CommentDeliveries
{
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
        var comment = payload["comment"]!;
        comment["id"] = commentId;
        comment["body"] = body;
        comment["user"]!["login"] = author;
        comment["user"]!["type"] = "User";
        return payload;
    }
}
