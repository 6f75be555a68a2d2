using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>Processes an item as an event would (scoring, gates), under the lock the caller already holds.</summary>
public delegate Task ItemReapply(ItemEvent ev, CancellationToken ct);
