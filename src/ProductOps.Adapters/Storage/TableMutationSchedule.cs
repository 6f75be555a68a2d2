using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using ProductOps.GitHub.Http;

namespace ProductOps.Storage;

/// <summary>
/// Mutation slots shared by every instance of the app: one table row per installation holds the
/// next free slot, advanced with optimistic concurrency, so N instances together still send at most
/// one mutating request per interval to one installation.
/// </summary>
/// <remarks>
/// Each instance remembers the row as it last wrote it (slot and ETag) and advances it from there
/// without reading it first: one storage request per mutation. If another instance moved the row
/// since, the conditional write fails (412) and the row is read, as it always was before.
/// </remarks>
public sealed class TableMutationSchedule(StorageAccount storage, TimeProvider clock) : IMutationSchedule
{
    private const string Partition = "github-mutations";
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.PacingTable);
    private readonly ConcurrentDictionary<string, (DateTimeOffset NextSlot, ETag ETag)> known = new();

    public async Task<(DateTimeOffset Slot, bool Reserved)> ReserveAsync(string installation, TimeSpan interval, TimeSpan maxWait, CancellationToken ct)
    {
        var key = StorageNames.TableKey(installation);
        while (true)
        {
            DateTimeOffset? free;
            ETag? etag;
            if (known.TryRemove(key, out var last))
            {
                (free, etag) = (last.NextSlot, last.ETag);
            }
            else
            {
                var row = await StorageAccount.CreatingIfMissingAsync(
                    () => table.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: ct),
                    () => table.CreateIfNotExistsAsync(ct));
                free = row.HasValue ? row.Value!.GetDateTimeOffset("NextSlot") : null;
                etag = row.HasValue ? row.Value!.ETag : null;
            }
            var now = clock.GetUtcNow();
            var slot = free > now ? free.Value : now;
            if (slot - now > maxWait)
            {
                if (etag is { } unchanged)
                {
                    known.TryAdd(key, (free ?? now, unchanged));
                }
                return (slot, false);
            }
            var next = new TableEntity(Partition, key) { ["NextSlot"] = slot + interval };
            try
            {
                var response = etag is { } match
                    ? await table.UpdateEntityAsync(next, match, TableUpdateMode.Replace, ct)
                    : await table.AddEntityAsync(next, ct);
                if (response.Headers.ETag is { } written)
                {
                    known[key] = (slot + interval, written);
                }
                return (slot, true);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                // Another instance took this slot first (or the row is gone): read again and take the next one.
            }
        }
    }
}
