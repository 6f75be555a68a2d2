using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ProductOps.Storage;

/// <summary>
/// The clients for one storage account (Azurite locally), reached with a connection string or, in
/// Azure, with a Microsoft Entra identity (<see cref="StorageConnection"/>). Queues use base64
/// messages because that is what the Functions queue trigger expects by default.
/// </summary>
public sealed class StorageAccount
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public StorageAccount(string connectionString)
    {
        Queues = new(connectionString, Counted(QueueOptions(), "queue"));
        Tables = new(connectionString, Counted(Bounded(new TableClientOptions()), "table"));
        Blobs = new(connectionString, Counted(Bounded(new BlobClientOptions()), "blob"));
    }

    /// <summary>An account reached with an identity (no key): its three service endpoints and a credential.</summary>
    public StorageAccount(Uri queueService, Uri tableService, Uri blobService, TokenCredential credential)
    {
        Queues = new(queueService, credential, Counted(QueueOptions(), "queue"));
        Tables = new(tableService, credential, Counted(Bounded(new TableClientOptions()), "table"));
        Blobs = new(blobService, credential, Counted(Bounded(new BlobClientOptions()), "blob"));
    }

    /// <summary>Every request these clients sent (the per-event storage budget is measured with it).</summary>
    public StorageRequestCounter Requests { get; } = new();

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    private static QueueClientOptions QueueOptions() => Bounded(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>
    /// Runs a storage call; if its queue, table or container is missing (deleted, or an emulator
    /// restarted without its data) creates it and runs the call once more.
    /// </summary>
    public static async Task<T> CreatingIfMissingAsync<T>(Func<Task<T>> call, Func<Task> create)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode is "QueueNotFound" or "TableNotFound" or "ContainerNotFound")
        {
            await create();
            return await call();
        }
    }

    private T Counted<T>(T options, string service) where T : ClientOptions
    {
        options.AddPolicy(Requests.PolicyFor(service), HttpPipelinePosition.PerRetry);
        return options;
    }

    // GitHub gives up on a webhook after 10 s, so a storage outage must surface in a few seconds,
    // not after the SDK's default retries (about 30 s), for ingress to answer 503 in time.
    private static T Bounded<T>(T options) where T : ClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        return options;
    }

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>Creates every queue, table and container the app needs; safe to call on each start.</summary>
    public async Task EnsureCreatedAsync(IEnumerable<string> queues, CancellationToken ct)
    {
        foreach (var queue in queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: ct);
            await Queue(StorageNames.PoisonQueue(queue)).CreateIfNotExistsAsync(cancellationToken: ct);
        }
        await Tables.CreateTableIfNotExistsAsync(StorageNames.ItemsTable, ct);
        await Tables.CreateTableIfNotExistsAsync(StorageNames.PacingTable, ct);
        await Tables.CreateTableIfNotExistsAsync(StorageNames.RoadmapsTable, ct);
        await Tables.CreateTableIfNotExistsAsync(StorageNames.KpiTable, ct);
        await Tables.CreateTableIfNotExistsAsync(StorageNames.KpiFailuresTable, ct);
        await Blobs.GetBlobContainerClient(StorageNames.PayloadsContainer).CreateIfNotExistsAsync(cancellationToken: ct);
        await Blobs.GetBlobContainerClient(StorageNames.LocksContainer).CreateIfNotExistsAsync(cancellationToken: ct);
        await Blobs.GetBlobContainerClient(StorageNames.WebContainer).CreateIfNotExistsAsync(cancellationToken: ct);
    }
}
