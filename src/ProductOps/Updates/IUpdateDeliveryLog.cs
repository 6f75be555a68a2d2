namespace ProductOps.Updates;

/// <summary>What was already delivered, per update and target.</summary>
public interface IUpdateDeliveryLog
{
    Task<DeliveryState> GetAsync(UpdateMessage update, CancellationToken ct);

    Task MarkSendingAsync(UpdateMessage update, CancellationToken ct);

    Task MarkDeliveredAsync(UpdateMessage update, CancellationToken ct);
}
