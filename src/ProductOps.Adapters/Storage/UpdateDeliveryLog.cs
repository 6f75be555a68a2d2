using Azure;
using Azure.Data.Tables;
using ProductOps.Updates;

namespace ProductOps.Storage;

/// <summary>
/// One row per delivered update and target (partition = target, row = update id), so a retried
/// event or a redelivered message never posts twice. "sending" is written before the post: a crash
/// after it makes the next attempt look for a comment it may already have written.
/// </summary>
public sealed class UpdateDeliveryLog(StorageAccount storage) : IUpdateDeliveryLog
{
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.UpdatesTable);

    public async Task<DeliveryState> GetAsync(UpdateMessage update, CancellationToken ct)
    {
        var row = await StorageAccount.CreatingIfMissingAsync(
            () => table.GetEntityIfExistsAsync<TableEntity>(Partition(update), StorageNames.TableKey(update.Id), cancellationToken: ct),
            () => table.CreateIfNotExistsAsync(ct));
        return !row.HasValue ? DeliveryState.New : row.Value!.GetString("State") == "delivered" ? DeliveryState.Delivered : DeliveryState.Sending;
    }

    public Task MarkSendingAsync(UpdateMessage update, CancellationToken ct) => SetAsync(update, "sending", ct);

    public Task MarkDeliveredAsync(UpdateMessage update, CancellationToken ct) => SetAsync(update, "delivered", ct);

    private async Task SetAsync(UpdateMessage update, string state, CancellationToken ct)
    {
        var entity = new TableEntity(Partition(update), StorageNames.TableKey(update.Id))
        {
            ["State"] = state,
            ["Template"] = update.Template,
            ["Container"] = $"{update.Provider}:{update.Container}",
        };
        await StorageAccount.CreatingIfMissingAsync(
            () => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            () => table.CreateIfNotExistsAsync(ct));
    }

    private static string Partition(UpdateMessage update) =>
        StorageNames.TableKey($"{update.Provider}:{update.Container}:{update.Target.Key}");
}
