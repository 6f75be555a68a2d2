namespace ProductOps.Events;

/// <summary>The tracker asked us to slow down for longer than is worth waiting in-process.</summary>
public sealed class RetryLaterException(TimeSpan delay, string reason) : Exception(reason)
{
    public TimeSpan Delay { get; } = delay;
}
