using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ProductOps.Storage;

/// <summary>
/// The clients for one storage account (Azurite locally). Queues use base64 messages because that
/// is what the Functions queue trigger expects by default.
/// </summary>
public sealed class StorageAccount(string connectionString)
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public QueueServiceClient Queues { get; } = new(connectionString, new QueueClientOptions
    {
        MessageEncoding = QueueMessageEncoding.Base64,
    });

    public TableServiceClient Tables { get; } = new(connectionString);

    public BlobServiceClient Blobs { get; } = new(connectionString);

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>Creates every queue, table and container the app needs; safe to call on each start.</summary>
    public async Task EnsureCreatedAsync(IEnumerable<string> queues, CancellationToken ct)
    {
        foreach (var queue in queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: ct);
            await Queue(StorageNames.PoisonQueue(queue)).CreateIfNotExistsAsync(cancellationToken: ct);
        }
        await Tables.CreateTableIfNotExistsAsync(StorageNames.DeliveriesTable, ct);
        await Tables.CreateTableIfNotExistsAsync(StorageNames.ItemsTable, ct);
        await Blobs.GetBlobContainerClient(StorageNames.PayloadsContainer).CreateIfNotExistsAsync(cancellationToken: ct);
        await Blobs.GetBlobContainerClient(StorageNames.LocksContainer).CreateIfNotExistsAsync(cancellationToken: ct);
    }
}
