namespace ProductOps.Updates;

/// <summary>A phase move: from (null for the first phase), to, when, and how long the item spent in the phase it left.</summary>
public sealed record PhaseModel(string? From, string To, string EnteredAt, double? DaysInPrevious);
