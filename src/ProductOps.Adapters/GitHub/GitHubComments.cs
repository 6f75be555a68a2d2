using System.Globalization;
using Octokit.Webhooks.Events;
using ProductOps.Commands;
using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Reads <c>issue_comment.created</c> and <c>.edited</c> into a comment that may hold commands.</summary>
internal static class GitHubComments
{
    public static EventReading Read(TrackerEvent ev)
    {
        var action = WebhookPayloads.Action(ev);
        if (action is not ("created" or "edited"))
        {
            return new IgnoredEvent($"issue_comment action '{action}' is not handled");
        }
        var payload = WebhookPayloads.Read<IssueCommentEvent>(ev);
        if (payload.Issue is null || payload.Comment is null || payload.Repository is null)
        {
            throw new UnreadableEventException($"issue_comment.{action} delivery {ev.DeliveryId} has no issue, comment or repository.");
        }
        if (payload.Issue.PullRequest is not null)
        {
            return new IgnoredEvent("comments on pull requests hold no commands");
        }

        var comment = payload.Comment;
        // An edit's commands are the editor's (the sender): people with write access can edit others' comments.
        var writer = action == "edited" ? payload.Sender ?? comment.User : comment.User;
        var posted = new PostedComment(
            comment.Id.ToString(CultureInfo.InvariantCulture),
            writer?.Login ?? "",
            comment.Body ?? "",
            action == "edited" ? comment.UpdatedAt : comment.CreatedAt,
            ByBot: writer?.Type?.StringValue == "Bot" || writer is null);
        var item = GitHubProvider.ToWorkItem(payload.Repository, payload.Issue, "commented");
        return new CommentEvent(item, posted, action, GitHubProvider.Scope(payload.Installation));
    }
}
