namespace ProductOps.Queues;

/// <summary>What a queue handler decided about one message; <c>QueueMessageRunner</c> (the hosts' glue) carries it out the same way under every host.</summary>
public sealed record MessageResult(MessageDisposition Disposition, TimeSpan? Delay = null, string? Reason = null)
{
    /// <summary>Handled (or nothing to do): the host deletes the message.</summary>
    public static MessageResult Done { get; } = new(MessageDisposition.Done);

    /// <summary>The attempt failed: the invocation fails and the host's retry rules apply (host.json <c>maxDequeueCount</c>, then <c>&lt;queue&gt;-poison</c>).</summary>
    public static MessageResult Failed(string reason) => new(MessageDisposition.Failed, Reason: reason);

    /// <summary>Not now (rate limit, Retry-After, write slot, back-off): a copy comes back after <paramref name="delay"/>; no attempt is used up.</summary>
    public static MessageResult Defer(TimeSpan delay, string reason) => new(MessageDisposition.Deferred, delay, reason);

    /// <summary>Can never succeed: the message goes straight to <c>&lt;queue&gt;-poison</c> with the reason logged.</summary>
    public static MessageResult SetAside(string reason) => new(MessageDisposition.SetAside, Reason: reason);
}
