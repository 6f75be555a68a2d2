namespace ProductOps.WorkItems;

public sealed record PhaseChange(string Phase, DateTimeOffset EnteredAt);
