using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Octokit.Webhooks.Models.ProjectsV2ItemEvent;
using ProductOps.Events;

namespace ProductOps.GitHub;

/// <summary>
/// Reads GitHub deliveries into Octokit.Webhooks' typed events (<c>IssuesEvent</c> and its per-action
/// subtypes, <c>IssueCommentEvent</c>, <c>PushEvent</c>, <c>ProjectsV2ItemEvent</c> and its per-action subtypes).
/// </summary>
/// <remarks>
/// The models mark many fields <c>required</c> (node ids, API URLs, avatar URLs) that Product Ops never
/// reads, and GitHub leaves some of them out in practice (a real <c>projects_v2_item.edited</c> without
/// <c>field_name</c> fails the strict read). One missing field must not send a delivery to poison, so
/// nothing is required here and the reader checks the fields it uses itself, with a clear message. For the
/// same reason a <c>projects_v2_item</c> field value of a shape the package cannot read is skipped
/// (<see cref="FieldValueChangeConverter"/>).
/// </remarks>
internal static class WebhookPayloads
{
    private static readonly FieldValueChangeConverter FieldValues = new();

    private static readonly JsonSerializerOptions Lenient = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Leniently } },
    };

    private static void Leniently(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.IsRequired = false;
            if (property.PropertyType == typeof(ChangesFieldValueChangeBase))
            {
                property.CustomConverter = FieldValues;
            }
        }
    }

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
