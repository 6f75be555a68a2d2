using Azure;
using Azure.Data.Tables;
using ProductOps.GitHub.Http;

namespace ProductOps.Storage;

/// <summary>
/// Mutation slots shared by every instance of the app: one table row per installation holds the
/// next free slot, advanced with optimistic concurrency, so N instances together still send at most
/// one mutating request per interval to one installation.
/// </summary>
public sealed class TableMutationSchedule(StorageAccount storage, TimeProvider clock) : IMutationSchedule
{
    private const string Partition = "github-mutations";
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.PacingTable);

    public async Task<(DateTimeOffset Slot, bool Reserved)> ReserveAsync(string installation, TimeSpan interval, TimeSpan maxWait, CancellationToken ct)
    {
        var key = StorageNames.TableKey(installation);
        while (true)
        {
            var row = await StorageAccount.CreatingIfMissingAsync(
                () => table.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: ct),
                () => table.CreateIfNotExistsAsync(ct));
            var now = clock.GetUtcNow();
            var free = row.HasValue ? row.Value!.GetDateTimeOffset("NextSlot") ?? now : now;
            var slot = free > now ? free : now;
            if (slot - now > maxWait)
            {
                return (slot, false);
            }
            var next = new TableEntity(Partition, key) { ["NextSlot"] = slot + interval };
            try
            {
                if (row.HasValue)
                {
                    await table.UpdateEntityAsync(next, row.Value!.ETag, TableUpdateMode.Replace, ct);
                }
                else
                {
                    await table.AddEntityAsync(next, ct);
                }
                return (slot, true);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance took this slot first: read again and take the next one.
            }
        }
    }
}
