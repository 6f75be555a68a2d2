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
    public static bool HasCommands(JsonElement payload) =>
        payload.TryGetProperty("comment", out var element) && element.ValueKind == JsonValueKind.Object &&
        CommandParser.Parse(JiraCommentText.Of(element.Deserialize<JiraComment>(JiraJson.Options)?.Body)).Count > 0;

    public static CommentEvent? Read(JsonElement payload, WorkItem item)
    {
        if (!payload.TryGetProperty("webhookEvent", out var name) || name.GetString() is not ("comment_created" or "comment_updated") ||
            !payload.TryGetProperty("comment", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var comment = element.Deserialize<JiraComment>(JiraJson.Options);
        var text = JiraCommentText.Of(comment?.Body);
        var action = name.GetString() == "comment_created" ? "created" : "edited";
        // An edit's commands are the editor's: Jira lets project admins edit other people's comments.
        var writer = action == "edited" ? comment?.UpdateAuthor ?? comment?.Author : comment?.Author;
        if (comment is null || writer?.AccountId is not { } author || CommandParser.Parse(text).Count == 0)
        {
            return null;
        }
        return new CommentEvent(item, new PostedComment(comment.Id, author, text, (action == "edited" ? comment.Updated : null) ?? comment.Created ?? item.UpdatedAt), action, Scope: null);
    }
}
