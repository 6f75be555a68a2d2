namespace ProductOps.Hosting;

/// <summary>
/// host.json's <c>extensions.queues</c>, which the Functions host applies to queue triggers and
/// the local host's WebJobs queue listener applies the same way.
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue#host-json
/// </summary>
public sealed class QueueSettings
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    public int MaxDequeueCount { get; set; } = 5;
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;
    public int BatchSize { get; set; } = 16;
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When fewer than this many messages run, the next batch is fetched; the host's default is half the batch size.</summary>
    public int? NewBatchThreshold { get; set; }

    /// <summary><c>base64</c> (the default, and what the app sends) or <c>none</c>.</summary>
    public string MessageEncoding { get; set; } = "base64";
}
