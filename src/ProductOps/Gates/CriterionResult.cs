namespace ProductOps.Gates;

/// <summary>One criterion's outcome: what was found (<paramref name="Found"/>) and, when not met, what to do (<paramref name="ToDo"/>). Both are Markdown with user text escaped.</summary>
public sealed record CriterionResult(GateCriterion Criterion, bool Met, string Found, string? ToDo);
