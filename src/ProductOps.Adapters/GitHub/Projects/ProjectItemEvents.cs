using System.Text.Json;
using System.Text.Json.Nodes;
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

    public static async Task<EventReading> ReadAsync(TrackerEvent ev, Func<string?, GitHubGraphQl?> graphQlFor, CancellationToken ct)
    {
        var payload = Deserialize(ev);
        if (payload.Action is "archived" or "deleted" && payload.Item?.ProjectNodeId is { } projectId)
        {
            // No GraphQL read: the payload names the project, and only roadmaps built from it change.
            return new BoardChanged(projectId, $"projects_v2_item action '{payload.Action}' changes no scoring input", GitHubProvider.Scope(payload.Installation));
        }
        if (payload.Action is null || !Rescoring.Contains(payload.Action))
        {
            return new IgnoredEvent($"projects_v2_item action '{payload.Action}' changes no scoring input");
        }
        if (payload.Item is not { NodeId: { } itemId } item || payload.Organization?.Login is not { } owner)
        {
            throw new UnreadableEventException($"projects_v2_item.{payload.Action} delivery {ev.DeliveryId} has no item node id or organization.");
        }
        if (item.ContentType is not ("Issue" or "DraftIssue"))
        {
            return new IgnoredEvent($"project item content '{item.ContentType}' is not scored");
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
            return new ItemEvent(issue, EventName, payload.Action, scope);
        }
        return ProjectCards.ToDraft(node, card, owner) is { } draft
            ? new BoardItemEvent(draft, EventName, payload.Action, scope)
            : new IgnoredEvent($"project item {itemId} holds {node.Content?.TypeName ?? "nothing"}, which is not scored");
    }

    private static ProjectsV2ItemPayload Deserialize(TrackerEvent ev)
    {
        if (ev.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} has no JSON object payload.");
        }
        try
        {
            return payload.Deserialize(ProjectJson.Default.ProjectsV2ItemPayload)
                ?? throw new UnreadableEventException($"Delivery {ev.DeliveryId} has an empty payload.");
        }
        catch (JsonException e)
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} is not a GitHub projects_v2_item payload: {e.Message}", e);
        }
    }
}
