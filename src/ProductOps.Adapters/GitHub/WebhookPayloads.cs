using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProductOps.Events;

namespace ProductOps.GitHub;

/// <summary>
/// Reads GitHub deliveries into Octokit.Webhooks' typed events (<c>IssuesEvent</c> and its per-action
/// subtypes, <c>IssueCommentEvent</c>, <c>PushEvent</c>).
/// </summary>
/// <remarks>
/// The models mark many fields <c>required</c> (node ids, API URLs, avatar URLs) that Product Ops never
/// reads, and GitHub leaves some of them out in practice (a real <c>projects_v2_item.edited</c> without
/// <c>field_name</c> fails the strict read). One missing field must not send a delivery to poison, so
/// nothing is required here and the reader checks the fields it uses itself, with a clear message.
/// </remarks>
internal static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Lenient = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { type => { foreach (var property in type.Properties) { property.IsRequired = false; } } },
        },
    };

    /// <summary>The delivery's <c>action</c>, read before the typed event (an action Octokit.Webhooks does not know cannot be read into one).</summary>
    public static string? Action(TrackerEvent ev) =>
        Payload(ev).TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String ? action.GetString() : null;

    public static T Read<T>(TrackerEvent ev) where T : class
    {
        try
        {
            return Payload(ev).Deserialize<T>(Lenient)
                ?? throw new UnreadableEventException($"Delivery {ev.DeliveryId} has an empty payload.");
        }
        catch (JsonException e)
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} is not a GitHub {ev.EventName} payload: {e.Message}", e);
        }
    }

    private static JsonElement Payload(TrackerEvent ev) => ev.Payload is { ValueKind: JsonValueKind.Object } payload
        ? payload
        : throw new UnreadableEventException($"Delivery {ev.DeliveryId} has no JSON object payload.");
}
