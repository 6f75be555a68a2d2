namespace ProductOps.WorkItems;

/// <summary>A board field: its id, name, kind and, for a single select, its options.</summary>
public sealed record BoardField(string Id, string Name, BoardFieldKind Kind, IReadOnlyList<BoardOption> Options);
