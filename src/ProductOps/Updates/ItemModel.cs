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

    /// <summary>What an item shipped towards a goal achieved, as its <c>/outcome</c> said; null when not measured yet.</summary>
    public string? Outcome { get; init; }
}
