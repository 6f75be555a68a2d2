using System.Text.Json;
using System.Text.Json.Serialization;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>An item as templates see it (docs/updates.md lists every field).</summary>
public sealed record ItemModel(
    string Id, string Title, string Url, string State, IReadOnlyList<string> Labels, IReadOnlyList<string> Assignees,
    string? Phase, double? Score, string? Priority, string? Milestone, string? GateStatus)
{
    public static ItemModel From(ItemRecord r) => new(
        r.Key.Id, r.Title, r.Url, r.State.ToString().ToLowerInvariant(), r.Labels, r.Assignees,
        r.Phase, r.Score?.Score, r.Priority, r.Milestone, r.GateStatus);

    /// <summary>The score with its model, as people read it: "RICE 3,200"; null when unscored or not labelled.</summary>
    public string? ScoreLabel { get; init; }
}

/// <summary>The model of phase-changed, gate-passed and gate-failed.</summary>
public sealed record AnnouncementModel(string Repository, string Provider, ItemModel Item, PhaseModel? Phase, GateModel? Gate);

/// <summary>A phase move: from (null for the first phase), to, when, and how long the item spent in the phase it left.</summary>
public sealed record PhaseModel(string? From, string To, string EnteredAt, double? DaysInPrevious);

/// <summary>A gate result: the phase it guards, passed / conditional / failed, and whether the move was reverted.</summary>
public sealed record GateModel(string Phase, string Status, string? From, bool Reverted);

/// <summary>The model of roadmap-changed: what moved between horizons or phases.</summary>
public sealed record RoadmapChangedModel(string Repository, string Provider, string Url, IReadOnlyList<RoadmapMoveModel> Moves);

public sealed record RoadmapMoveModel(ItemModel Item, string? From, string? To);

public static class ModelJson
{
    public static JsonElement ToElement<T>(T model) => JsonSerializer.SerializeToElement(model, typeof(T), ModelJsonContext.Default);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnnouncementModel))]
[JsonSerializable(typeof(RoadmapChangedModel))]
[JsonSerializable(typeof(DigestModel))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
