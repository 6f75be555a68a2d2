namespace ProductOps.Updates;

/// <summary>A delivery failed: transient failures are retried with backoff, permanent ones are kept in <c>updates-poison</c> at once.</summary>
public sealed class UpdateDeliveryException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}
