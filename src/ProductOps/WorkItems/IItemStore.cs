namespace ProductOps.WorkItems;

/// <summary>The board index: one record per work item.</summary>
public interface IItemStore
{
    Task<ItemRecord?> GetAsync(ItemKey key, CancellationToken ct);

    /// <summary>Saves the record if nobody else saved it since it was read: the saved record with its new version, or null on a conflict.</summary>
    Task<ItemRecord?> TrySaveAsync(ItemRecord record, CancellationToken ct);
}
