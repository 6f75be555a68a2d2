using System.Text.Json;

namespace ProductOps.Events;

/// <summary>
/// One webhook delivery as it travels through the <c>tracker-events</c> queue. The payload is kept
/// verbatim; when it is too large for a queue message it lives in a blob and only its name travels.
/// </summary>
public sealed record TrackerEvent
{
    public required string Provider { get; init; }
    public required string EventName { get; init; }
    public required string DeliveryId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public JsonElement? Payload { get; init; }
    public string? PayloadBlob { get; init; }

    /// <summary>W3C trace context of the webhook that queued it, so processing continues that trace.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("traceparent")]
    public string? TraceParent { get; init; }
}
