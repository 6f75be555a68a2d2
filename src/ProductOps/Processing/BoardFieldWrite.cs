using System.Globalization;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Sets a field on the item's project card: a number (<see cref="Number"/>) or a single-select option
/// (<see cref="Option"/>); null clears it.
/// </summary>
public sealed record BoardFieldWrite(BoardCard Card, BoardField Field, double? Number, BoardOption? Option) : PlannedWrite
{
    public override string ToString() =>
        $"set project field '{Field.Name}' to {(Field.Kind == BoardFieldKind.Number ? Number?.ToString(CultureInfo.InvariantCulture) : Option?.Name) ?? "(empty)"}";
}
