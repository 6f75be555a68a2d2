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

public enum BoardFieldKind { Number, SingleSelect, Iteration, Date, Text, Other }

/// <summary>A board field: its id, name, kind and, for a single select, its options.</summary>
public sealed record BoardField(string Id, string Name, BoardFieldKind Kind, IReadOnlyList<BoardOption> Options);

public sealed record BoardOption(string Id, string Name);

/// <summary>A tracker with planning boards (GitHub Projects): reads an item's card and sets its fields.</summary>
public interface IBoardTracker
{
    /// <summary>The item's card on the configured board (the first board it is on when none is named), or null.</summary>
    Task<BoardCard?> ReadCardAsync(ItemKey item, Scoring.BoardConfig board, CancellationToken ct);

    /// <summary>Sets a number field, or clears it with null.</summary>
    Task SetNumberAsync(BoardCard card, BoardField field, double? value, CancellationToken ct);

    /// <summary>Chooses a single-select option, or clears the field with null.</summary>
    Task SetOptionAsync(BoardCard card, BoardField field, BoardOption? option, CancellationToken ct);
}

/// <summary>
/// A board item that is not an issue (a GitHub Projects draft): scored on the board, its score and
/// priority written to its fields, with no comment, labels or index row.
/// </summary>
public sealed record BoardItemEvent(WorkItem Item, string EventName, string Action, string? Scope) : EventReading;
