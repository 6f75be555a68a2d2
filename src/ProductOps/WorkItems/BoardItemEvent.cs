namespace ProductOps.WorkItems;

/// <summary>
/// A board item that is not an issue (a GitHub Projects draft): scored on the board, its score and
/// priority written to its fields, with no comment, labels or index row.
/// </summary>
public sealed record BoardItemEvent(WorkItem Item, string EventName, string Action, string? Scope) : EventReading;
