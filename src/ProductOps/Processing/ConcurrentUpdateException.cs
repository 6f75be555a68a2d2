using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>The board-index row changed under us; the event is retried from the queue.</summary>
public sealed class ConcurrentUpdateException(ItemKey key)
    : Exception($"The board index row for {key} was changed by another writer; the event will be retried.");
