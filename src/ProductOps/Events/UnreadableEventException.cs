namespace ProductOps.Events;

/// <summary>
/// A queued event that can never be processed (its payload does not have the documented shape).
/// Retrying cannot help, so it goes straight to the poison queue with this reason.
/// </summary>
public sealed class UnreadableEventException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The tracker asked us to slow down for longer than is worth waiting in-process.</summary>
public sealed class RetryLaterException(TimeSpan delay, string reason) : Exception(reason)
{
    public TimeSpan Delay { get; } = delay;
}
