using System.Text.Json.Nodes;
using Octokit.Webhooks.Events;
using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>
/// Reads a <c>projects_v2_item</c> delivery (organisation projects only: GitHub sends none for user
/// projects). The payload carries only node ids, so the item, its content and its field values are
/// read with one GraphQL query (1 point). An issue becomes an item event carrying its card; a draft a
/// board-only event. Reordering, archiving and deleting change no input, so they are not read; archiving and
/// deleting still mark the roadmaps built from the project.
/// https://docs.github.com/webhooks/webhook-events-and-payloads#projects_v2_item
/// </summary>
public static class ProjectItemEvents
{
    public const string EventName = "projects_v2_item";

    private static readonly HashSet<string> Rescoring = ["created", "edited", "converted", "restored"];

    /// <summary>The actions Octokit.Webhooks reads into a typed event (<c>ProjectsV2ItemCreatedEvent</c> and its siblings).</summary>
    private static readonly HashSet<string> Known = [.. Rescoring, "reordered", "archived", "deleted"];

    public static async Task<EventReading> ReadAsync(TrackerEvent ev, Func<string?, GitHubGraphQl?> graphQlFor, CancellationToken ct)
    {
        var action = WebhookPayloads.Action(ev);
        if (action is null || !Known.Contains(action))
        {
            return new IgnoredEvent($"projects_v2_item action '{action}' changes no scoring input");
        }
        // changes.field_value (field node id, type, from and to) is read too, but not used: the payload
        // holds only the changed field, and scoring needs every input, so the item is read through GraphQL.
        var payload = WebhookPayloads.Read<ProjectsV2ItemEvent>(ev);
        if (action is "archived" or "deleted" && payload.ProjectsV2Item?.ProjectNodeId is { } projectId)
        {
            // No GraphQL read: the payload names the project, and only roadmaps built from it change.
            return new BoardChanged(projectId, $"projects_v2_item action '{action}' changes no scoring input", GitHubProvider.Scope(payload.Installation));
        }
        if (!Rescoring.Contains(action))
        {
            return new IgnoredEvent($"projects_v2_item action '{action}' changes no scoring input");
        }
        if (payload.ProjectsV2Item is not { NodeId: { } itemId } item || payload.Organization?.Login is not { } owner)
        {
            throw new UnreadableEventException($"projects_v2_item.{action} delivery {ev.DeliveryId} has no item node id or organization.");
        }
        if (item.ContentType?.StringValue is not ("Issue" or "DraftIssue"))
        {
            return new IgnoredEvent($"project item content '{item.ContentType?.StringValue}' is not scored");
        }
        var scope = GitHubProvider.Scope(payload.Installation);
        if (graphQlFor(scope) is not { } graphQl)
        {
            return new IgnoredEvent("project items are read through GitHub's GraphQL API, which needs credentials");
        }

        var data = await graphQl.SendAsync(ProjectQueries.ProjectItem, new JsonObject { ["id"] = itemId }, ProjectJson.Default.ProjectItemData, ct);
        if (data.Node is not { Project: { } project } node)
        {
            return new IgnoredEvent($"project item {itemId} no longer exists");
        }
        if (node.IsArchived)
        {
            return new IgnoredEvent($"project item {itemId} is archived");
        }
        var card = ProjectCards.ToCard(node, project);
        if (ProjectCards.ToIssue(node, card) is { } issue)
        {
            return new ItemEvent(issue, EventName, action, scope);
        }
        return ProjectCards.ToDraft(node, card, owner) is { } draft
            ? new BoardItemEvent(draft, EventName, action, scope)
            : new IgnoredEvent($"project item {itemId} holds {node.Content?.TypeName ?? "nothing"}, which is not scored");
    }
}
