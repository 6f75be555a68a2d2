namespace ProductOps.WorkItems;

/// <summary>
/// A work item's card on a planning board (a GitHub Projects item): its field values by field name,
/// as text ("500", "High", "Q3 2026", "2026-09-30"), and the fields a write needs. Values hold only
/// fields that have a value; names match case-insensitively.
/// </summary>
public sealed record BoardCard(string ProjectId, string ItemId, int ProjectNumber, string ProjectTitle, IReadOnlyDictionary<string, string> Values, IReadOnlyList<BoardField> Fields)
{
    /// <summary>The card is the whole item (a draft): it has no issue, comments or labels.</summary>
    public bool IsDraft { get; init; }

    public BoardField? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? Value(string name) =>
        Values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
