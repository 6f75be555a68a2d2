using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using ProductOps.WorkItems;

namespace ProductOps.Storage;

/// <summary>
/// One writer per work item across all instances, through a blob lease on an empty blob per item.
/// The lease is renewed while held and lapses by itself if the process dies.
/// </summary>
public sealed class BlobItemLocks(StorageAccount storage, TimeProvider clock) : IItemLocks
{
    // Leases last 15-60 s: https://learn.microsoft.com/rest/api/storageservices/lease-blob
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    public async Task<IAsyncDisposable> AcquireAsync(ItemKey key, CancellationToken ct)
    {
        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.LocksContainer)
            .GetBlobClient($"{TableItemStore.PartitionKey(key)}/{StorageNames.TableKey(key.Id)}");
        var lease = blob.GetBlobLeaseClient();
        var deadline = clock.GetUtcNow() + MaxWait;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: ct);
                return new HeldLease(lease);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                await CreateLockBlobAsync(blob, ct);
            }
            catch (RequestFailedException e) when (e.Status == 409 && clock.GetUtcNow() < deadline)
            {
                await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(50)), ct);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1000));
            }
        }
    }

    private static async Task CreateLockBlobAsync(BlobClient blob, CancellationToken ct)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another instance created it first: fine.
        }
    }

    private sealed class HeldLease : IAsyncDisposable
    {
        private readonly BlobLeaseClient lease;
        private readonly CancellationTokenSource stop = new();
        private readonly Task renewal;

        public HeldLease(BlobLeaseClient lease)
        {
            this.lease = lease;
            renewal = RenewAsync(stop.Token);
        }

        private async Task RenewAsync(CancellationToken ct)
        {
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    await Task.Delay(LeaseDuration / 3, ct);
                    await lease.RenewAsync(cancellationToken: ct);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or RequestFailedException)
            {
                // Stopped, or the lease lapsed: the release below is then a no-op.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await renewal;
            stop.Dispose();
            try
            {
                await lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // Already lapsed or taken over; nothing to give back.
            }
        }
    }
}
