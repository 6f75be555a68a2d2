using Azure;
using Azure.Data.Tables;

namespace ProductOps.Storage;

/// <summary>
/// Remembers delivery ids (GitHub's X-GitHub-Delivery, Jira's X-Atlassian-Webhook-Identifier) so a
/// redelivery is acknowledged without being queued again. The insert is the test-and-set; each claim
/// carries a token of its own, so only the ingress that made a claim can take it back.
/// </summary>
public sealed class DeliveryLog(StorageAccount storage)
{
    private const string TokenProperty = "Token";
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.DeliveriesTable);

    /// <summary>A claim on a delivery id, with a token of its own; nothing is written yet.</summary>
    public static DeliveryClaim NewClaim(string provider, string deliveryId) =>
        new(provider, DeliveryKey.For(deliveryId), Guid.NewGuid().ToString("N"));

    /// <summary>True when this is the first time the delivery is seen (the claim is recorded).</summary>
    public async Task<bool> TryClaimAsync(DeliveryClaim claim, CancellationToken ct)
    {
        try
        {
            await StorageAccount.CreatingIfMissingAsync(
                () => table.AddEntityAsync(new TableEntity(claim.Provider, claim.Key) { [TokenProperty] = claim.Token }, ct),
                () => table.CreateIfNotExistsAsync(ct));
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Takes back a claim whose delivery could not be queued, so the sender's redelivery is accepted.
    /// The claim may or may not have landed (a timed-out insert can still arrive later), and another
    /// ingress may hold it by now: it is deleted only if it carries this claim's token. True once
    /// the claim is gone or belongs to someone else; false while it is not there (yet).
    /// </summary>
    public async Task<bool> TryReleaseAsync(DeliveryClaim claim, CancellationToken ct)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(claim.Provider, claim.Key, [TokenProperty], ct);
        if (!row.HasValue)
        {
            return false;
        }
        if (row.Value!.GetString(TokenProperty) == claim.Token)
        {
            await table.DeleteEntityAsync(claim.Provider, claim.Key, row.Value.ETag, ct);
        }
        return true;
    }
}

/// <param name="Key">The delivery id as a table key (<see cref="DeliveryKey"/>).</param>
public sealed record DeliveryClaim(string Provider, string Key, string Token);
