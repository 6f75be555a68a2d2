namespace ProductOps.WorkItems;

public sealed record IgnoredEvent(string Reason) : EventReading;
