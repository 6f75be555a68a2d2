namespace ProductOps.Events;

/// <summary>
/// A queued event that can never be processed (its payload does not have the documented shape).
/// Retrying cannot help, so it goes straight to the poison queue with this reason.
/// </summary>
public sealed class UnreadableEventException(string message, Exception? inner = null) : Exception(message, inner);
