namespace ProductOps.Updates;

/// <summary>What <c>updates-poison</c> keeps of an update that could not be delivered: why, the text, and the update itself.</summary>
public sealed record PoisonedUpdate(string Reason, long Attempts, DateTimeOffset At, string? Rendered, UpdateMessage Update);
