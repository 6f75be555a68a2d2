namespace ProductOps.WorkItems;

/// <summary>
/// The provider-neutral view of an issue that every rule works on. Adapters build it from a
/// webhook payload or an API response; nothing in it is trusted (titles and bodies are user text).
/// </summary>
public sealed record WorkItem
{
    public required ItemKey Key { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public required string Url { get; init; }
    public ItemState State { get; init; } = ItemState.Open;
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Named input fields: GitHub issue-form sections ("Reach" -> "500") or Jira fields by name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The item's card on a planning board (GitHub Projects), when it was read: its fields are inputs too.</summary>
    public BoardCard? Board { get; init; }

    public string? Milestone { get; init; }
    public IReadOnlyList<string> Assignees { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Who opened the item: a GitHub login or a Jira accountId; null when the source does not say.</summary>
    public string? Author { get; init; }

    /// <summary>How many comments the tracker said the item had when the event was sent.</summary>
    public int CommentCount { get; init; }

    public bool HasLabel(string label) => Labels.Any(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
}
