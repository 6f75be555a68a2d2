namespace ProductOps.Outcomes;

/// <summary>Items shipped in one week (Monday to Sunday, UTC).</summary>
public sealed record WeekCount(DateOnly Monday, int Shipped);
