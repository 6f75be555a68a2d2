namespace ProductOps.Updates;

/// <summary>The <c>updates</c> queue, as the producers (event processing, the digest) see it.</summary>
public interface IUpdateQueue
{
    Task EnqueueAsync(UpdateMessage update, CancellationToken ct);
}
