namespace ProductOps.FunctionApp.Hosting;

/// <summary>
/// host.json's <c>extensions.queues</c>, which the Functions host applies to queue triggers and
/// the app's own listener applies the same way when the host is absent.
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue#host-json
/// </summary>
public sealed class QueueSettings
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    public int MaxDequeueCount { get; set; } = 5;
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;
    public int BatchSize { get; set; } = 16;
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Settings of the app's own queue listener (only when the Functions host is absent).</summary>
public sealed class LocalListenerSettings
{
    public const string Section = "LocalQueueListener";

    /// <summary>Defaults to on when the app does not run under the Functions host.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a message stays invisible while it is processed; after a crash it reappears then.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromMinutes(10);
}
