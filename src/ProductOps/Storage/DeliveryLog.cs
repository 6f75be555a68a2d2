using Azure;
using Azure.Data.Tables;

namespace ProductOps.Storage;

/// <summary>
/// Remembers delivery ids (GitHub's X-GitHub-Delivery, Jira's X-Atlassian-Webhook-Identifier) so a
/// redelivery is acknowledged without being queued again. The insert is the test-and-set.
/// </summary>
public sealed class DeliveryLog(StorageAccount storage)
{
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.DeliveriesTable);

    /// <summary>True when this is the first time the delivery is seen.</summary>
    public async Task<bool> TryClaimAsync(string provider, string deliveryId, CancellationToken ct)
    {
        try
        {
            await StorageAccount.CreatingIfMissingAsync(
                () => table.AddEntityAsync(new TableEntity(provider, StorageNames.TableKey(deliveryId)), ct),
                () => table.CreateIfNotExistsAsync(ct));
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
