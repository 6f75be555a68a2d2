using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Options;
using ProductOps.Hosting;

namespace ProductOps.LocalHost.Triggers;

/// <summary>
/// The queue and timer functions on the WebJobs SDK: its queue listener (receive, 10-minute lease,
/// delete on success, release after <c>visibilityTimeout</c> on failure, <c>&lt;queue&gt;-poison</c> after
/// <c>maxDequeueCount</c>) and its timer, with host.json's queue settings.
/// https://learn.microsoft.com/azure/app-service/webjobs-sdk-how-to
/// </summary>
public static class LocalTriggers
{
    /// <summary>Every trigger class, by function name. Listed, not discovered: WebJobs looks in the entry assembly, which is the test host under tests.</summary>
    public static IReadOnlyDictionary<string, Type> Functions { get; } = new Dictionary<string, Type>
    {
        [FunctionNames.ProcessEvent] = typeof(ProcessEventTrigger),
        [FunctionNames.RefreshRoadmap] = typeof(RefreshRoadmapTrigger),
        [FunctionNames.DeliverUpdate] = typeof(DeliverUpdateTrigger),
        [FunctionNames.StakeholderDigest] = typeof(StakeholderDigestTrigger),
    };

    /// <summary>
    /// The Functions host's own switch, <c>AzureWebJobs.&lt;name&gt;.Disabled</c> (or <c>AzureWebJobs__&lt;name&gt;__Disabled</c>),
    /// e.g. to run the webhooks alone. https://learn.microsoft.com/azure/azure-functions/disable-function
    /// </summary>
    public static bool IsDisabled(IConfiguration configuration, string function) =>
        configuration.GetValue<bool>($"AzureWebJobs.{function}.Disabled") || configuration.GetValue<bool>($"AzureWebJobs:{function}:Disabled");

    public static void AddLocalTriggers(this WebApplicationBuilder builder)
    {
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            // The timer's schedule monitor and singleton lock live in storage. (This logs "Only got partial
            // types from assembly Microsoft.Azure.WebJobs.Host.Storage"; the types it needs load.)
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageQueues();
            webJobs.AddTimers();
        });
        var services = builder.Services;
        services.AddSingleton<InvocationCounter>();
#pragma warning disable CS0618 // WebJobs marks function filters as preview; they have been stable since 3.0.
        services.AddSingleton<IFunctionFilter>(sp => sp.GetRequiredService<InvocationCounter>());
#pragma warning restore CS0618
        services.AddSingleton<ITypeLocator>(sp => new EnabledTriggers(sp.GetRequiredService<IConfiguration>()));
        services.AddOptions<QueuesOptions>().Configure<IOptions<QueueSettings>>((options, settings) => Apply(settings.Value, options));
    }

    /// <summary>host.json's <c>extensions.queues</c> (with any <c>AzureFunctionsJobHost__extensions__queues__*</c> override), as the Functions host applies it.</summary>
    private static void Apply(QueueSettings settings, QueuesOptions options)
    {
        options.MaxDequeueCount = settings.MaxDequeueCount;
        options.VisibilityTimeout = settings.VisibilityTimeout;
        options.BatchSize = settings.BatchSize;
        options.NewBatchThreshold = settings.NewBatchThreshold ?? settings.BatchSize / 2;
        options.MaxPollingInterval = settings.MaxPollingInterval;
        options.MessageEncoding = settings.MessageEncoding.Equals("none", StringComparison.OrdinalIgnoreCase) ? QueueMessageEncoding.None : QueueMessageEncoding.Base64;
    }

    private sealed class EnabledTriggers(IConfiguration configuration) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => [.. Functions.Where(f => !IsDisabled(configuration, f.Key)).Select(f => f.Value)];
    }
}
