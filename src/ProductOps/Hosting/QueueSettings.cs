namespace ProductOps.Hosting;

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
