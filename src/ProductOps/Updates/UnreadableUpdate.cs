namespace ProductOps.Updates;

/// <summary>What <c>updates-poison</c> keeps of a message that was not an update at all.</summary>
public sealed record UnreadableUpdate(string Reason, string Message);
