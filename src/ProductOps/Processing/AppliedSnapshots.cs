using System.Collections.Concurrent;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// What this instance last saw the board index hold for each item it reconciled: the snapshot's
/// timestamp and fingerprint. A delivery showing that very snapshot, or an older one, would be judged
/// "already applied" or "stale" by <see cref="SnapshotOrder"/> against the row anyway; remembering it
/// lets a redelivery (or a burst of identical deliveries) be recognised with no storage request and
/// no lease. Only what a finished reconciliation saved is remembered, and the index never moves
/// back in time, so a hit can only be a snapshot the index has at least caught up with. A miss
/// costs nothing: the row is read as before. Bounded: cleared when it grows past its capacity.
/// </summary>
internal sealed class AppliedSnapshots
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<ItemKey, (DateTimeOffset UpdatedAt, string Fingerprint)> seen = new();

    internal void Remember(ItemKey key, DateTimeOffset updatedAt, string fingerprint)
    {
        if (seen.Count >= Capacity)
        {
            seen.Clear();
        }
        seen.AddOrUpdate(key, (updatedAt, fingerprint), (_, old) => updatedAt >= old.UpdatedAt ? (updatedAt, fingerprint) : old);
    }

    /// <summary>
    /// Stale or AlreadyApplied when the index is known to hold a newer snapshot or this very one
    /// (<paramref name="indexTime"/> is the index's timestamp), null when only the row can say.
    /// </summary>
    internal SnapshotMove? Judge(WorkItem item, DateTimeOffset receivedAt, out DateTimeOffset indexTime)
    {
        indexTime = default;
        if (item.UpdatedAt > receivedAt + SnapshotOrder.MaxClockSkew || !seen.TryGetValue(item.Key, out var applied))
        {
            // A timestamp that cannot be trusted is read back from the tracker, never judged from memory.
            return null;
        }
        indexTime = applied.UpdatedAt;
        if (item.UpdatedAt < applied.UpdatedAt)
        {
            return SnapshotMove.Stale;
        }
        return item.UpdatedAt == applied.UpdatedAt && SnapshotOrder.Fingerprint(item) == applied.Fingerprint ? SnapshotMove.AlreadyApplied : null;
    }
}
