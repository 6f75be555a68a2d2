using System.Text.Json;
using ProductOps.Commands;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// A <c>comment_created</c> (or <c>comment_updated</c>) delivery whose comment holds commands becomes a
/// <see cref="CommentEvent"/>; any other comment stays an item event, as before.
/// </summary>
internal static class JiraComments
{
    public static CommentEvent? Read(JsonElement payload, WorkItem item)
    {
        if (!payload.TryGetProperty("webhookEvent", out var name) || name.GetString() is not ("comment_created" or "comment_updated") ||
            !payload.TryGetProperty("comment", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var comment = element.Deserialize<JiraComment>(JiraJson.Options);
        var text = JiraCommentText.Of(comment?.Body);
        if (comment?.Author?.AccountId is not { } author || CommandParser.Parse(text).Count == 0)
        {
            return null;
        }
        var action = name.GetString() == "comment_created" ? "created" : "edited";
        return new CommentEvent(item, new PostedComment(comment.Id, author, text, comment.Created ?? item.UpdatedAt), action, Scope: null);
    }
}
