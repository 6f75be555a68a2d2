namespace ProductOps.Updates;

/// <summary>Where an update that can never be delivered is kept (<c>updates-poison</c>), with the reason, so nothing is lost.</summary>
public interface IUpdatesPoison
{
    Task PoisonAsync(PoisonedUpdate poisoned, CancellationToken ct);

    /// <summary>Keeps a message that is not an update at all, as text, with the reason.</summary>
    Task PoisonTextAsync(string reason, string messageText, CancellationToken ct);
}
