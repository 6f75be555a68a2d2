namespace ProductOps.Gates;

/// <summary>Each task-list item (<c>- [x] text</c>) in the body is present and ticked; matched by text, ignoring case.</summary>
public sealed record ChecklistTicked(IReadOnlyList<string> Items) : GateCriterion;
