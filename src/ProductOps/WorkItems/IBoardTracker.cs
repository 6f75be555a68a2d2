namespace ProductOps.WorkItems;

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
