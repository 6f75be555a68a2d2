using System.Text.Json;
using System.Text.Json.Serialization;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// One update for one target, as queued on <c>updates</c>. It carries the model, not the text: the
/// delivery renders it with the repository's current template, in the target's dialect. The
/// <see cref="Id"/> is derived from what happened (item, template, phase, time), so the same change
/// seen twice (a retried event) yields the same id, and <see cref="DeliveryKey"/> is posted once.
/// </summary>
public sealed record UpdateMessage
{
    public required string Id { get; init; }
    public required string Template { get; init; }
    public required string Provider { get; init; }
    public required string Container { get; init; }

    /// <summary>Where to write on the tracker (the GitHub App installation id); null for a token or Jira.</summary>
    public string? Scope { get; init; }

    /// <summary>The item an announcement is about (issue number or Jira key); null for a digest.</summary>
    public string? ItemId { get; init; }

    public required UpdateTarget Target { get; init; }
    public required JsonElement Model { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    [JsonIgnore]
    public string DeliveryKey => $"{Id}.{Target.Key}";

    [JsonIgnore]
    public ItemKey? Item => ItemId is null ? null : new ItemKey(Provider, Container, ItemId);

    /// <summary>A short id from the parts that identify a change; the same parts always give the same id.</summary>
    public static string IdFor(params string?[] parts) => Hashing.Sha256Hex(string.Join("\u001F", parts))[..24];

    /// <summary>The message's text as the <c>updates</c> queue carries it.</summary>
    public string ToQueueText() => JsonSerializer.Serialize(this, UpdatesJson.Default.UpdateMessage);

    public static UpdateMessage FromQueueText(string messageText) =>
        JsonSerializer.Deserialize(messageText, UpdatesJson.Default.UpdateMessage)
            ?? throw new JsonException("The update message is empty.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(UpdateMessage))]
[JsonSerializable(typeof(PoisonedUpdate))]
[JsonSerializable(typeof(UnreadableUpdate))]
internal sealed partial class UpdatesJson : JsonSerializerContext;
