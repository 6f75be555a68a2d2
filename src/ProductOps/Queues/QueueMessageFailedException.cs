namespace ProductOps.Queues;

/// <summary>Fails the invocation on purpose, so the host applies host.json's retry and poison rules.</summary>
public sealed class QueueMessageFailedException(string queue, long attempt, string reason)
    : Exception($"Message on {queue} failed on attempt {attempt}: {reason}");
