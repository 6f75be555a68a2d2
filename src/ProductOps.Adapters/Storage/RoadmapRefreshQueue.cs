using Azure;
using Azure.Data.Tables;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.Storage;

/// <summary>
/// Debounces roadmap refreshes: the first change to a roadmap sends one <c>roadmap-refresh</c> message,
/// invisible for the debounce window, and writes a <c>pending</c> row; later changes see the row and
/// send nothing. The refresh deletes the row before it reads the index, so no change is ever missed.
/// https://learn.microsoft.com/rest/api/storageservices/put-message (visibilitytimeout delays delivery)
/// </summary>
/// <remarks>
/// Each instance also remembers the due time of the marks it has seen: until shortly before that
/// time no refresh has read the index yet (its message is invisible until then), so a change saved
/// now will be in it, and the mark costs no storage request at all. The margin covers clock skew
/// between instances; a debounce window shorter than the margin simply always asks the table.
/// </remarks>
public sealed class RoadmapRefreshQueue(StorageAccount storage, RoadmapSettings settings, TimeProvider clock) : IRoadmapSignal
{
    private static readonly TimeSpan KnownMargin = TimeSpan.FromSeconds(5);
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.RoadmapsTable);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> knownDue = new();

    /// <summary>
    /// A refresh message visible at once, beside any debounced one: the refresh clears the pending mark and
    /// writes only what changed, so a second refresh of the same content costs no tracker write.
    /// </summary>
    public async Task RefreshNowAsync(ItemKey item, string? scope, CancellationToken ct)
    {
        var queue = storage.Queue(StorageNames.RoadmapQueue);
        await StorageAccount.CreatingIfMissingAsync(
            () => queue.SendMessageAsync(new RoadmapRefreshMessage(item.Provider, item.Container, scope).ToJson(), cancellationToken: ct),
            () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task MarkDirtyAsync(ItemKey item, string? scope, CancellationToken ct)
    {
        var partition = TableRoadmapStates.PartitionKey(item.Provider, item.Container);
        var now = clock.GetUtcNow();
        if (knownDue.TryGetValue(partition, out var known) && now < known - KnownMargin)
        {
            return;
        }
        var pending = await StorageAccount.CreatingIfMissingAsync(
            () => table.GetEntityIfExistsAsync<TableEntity>(partition, TableRoadmapStates.PendingRow, cancellationToken: ct),
            () => table.CreateIfNotExistsAsync(ct));
        if (pending.HasValue && pending.Value!.GetDateTimeOffset("DueAt") is { } due && due + settings.PendingGrace > now)
        {
            knownDue[partition] = due;
            return;
        }

        var mark = new TableEntity(partition, TableRoadmapStates.PendingRow) { ["DueAt"] = now + settings.DebounceWindow };
        try
        {
            // Only one of many concurrent events wins the row, and only the winner sends the message.
            if (pending.HasValue)
            {
                await table.UpdateEntityAsync(mark, pending.Value!.ETag, TableUpdateMode.Replace, ct);
            }
            else
            {
                await table.AddEntityAsync(mark, ct);
            }
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return;
        }

        try
        {
            var queue = storage.Queue(StorageNames.RoadmapQueue);
            await StorageAccount.CreatingIfMissingAsync(
                () => queue.SendMessageAsync(new RoadmapRefreshMessage(item.Provider, item.Container, scope).ToJson(), visibilityTimeout: settings.DebounceWindow, cancellationToken: ct),
                () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
            knownDue[partition] = now + settings.DebounceWindow;
        }
        catch
        {
            // Without its message the mark would block refreshes until the grace ran out: take it back.
            await table.DeleteEntityAsync(partition, TableRoadmapStates.PendingRow, ETag.All, CancellationToken.None);
            throw;
        }
    }
}
