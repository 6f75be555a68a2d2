using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Options;
using ProductOps.Hosting;

namespace ProductOps.LocalHost.Triggers;

/// <summary>
/// The queue and timer functions on the WebJobs SDK: its queue listener (receive, 10-minute lease,
/// delete on success, release after <c>visibilityTimeout</c> on failure, <c>&lt;queue&gt;-poison</c> after
/// <c>maxDequeueCount</c>) and its timer, with host.json's queue settings, in a job host of their own
/// that <see cref="TriggerHost"/> restarts when it fails.
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
        [FunctionNames.KpiReadings] = typeof(KpiReadingsTrigger),
    };

    /// <summary>
    /// The Functions host's own switch, <c>AzureWebJobs.&lt;name&gt;.Disabled</c> (or <c>AzureWebJobs__&lt;name&gt;__Disabled</c>),
    /// e.g. to run the webhooks alone. https://learn.microsoft.com/azure/azure-functions/disable-function
    /// </summary>
    public static bool IsDisabled(IConfiguration configuration, string function) =>
        configuration.GetValue<bool>($"AzureWebJobs.{function}.Disabled") || configuration.GetValue<bool>($"AzureWebJobs:{function}:Disabled");

    public static void AddLocalTriggers(this IServiceCollection services)
    {
        services.AddSingleton<InvocationCounter>();
        services.AddHostedService<TriggerHost>();
    }

    /// <summary>One job host: the app's configuration, logging and services, and the enabled trigger classes.</summary>
    internal static IHost BuildJobHost(IServiceProvider app, Action<ExceptionDispatchInfo> onFailure)
    {
        var configuration = app.GetRequiredService<IConfiguration>();
        return new HostBuilder()
            .ConfigureWebJobs(webJobs =>
            {
                // The timer's schedule monitor and singleton lock live in storage. (This logs "Only got partial
                // types from assembly Microsoft.Azure.WebJobs.Host.Storage"; the types it needs load.)
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageQueues();
                webJobs.AddTimers();
            })
            // Last, so the app's own sources (the tests' settings among them) win over what ConfigureWebJobs adds.
            .ConfigureAppConfiguration(config => config.AddConfiguration(configuration))
            .ConfigureServices(services =>
            {
                services.AddSingleton(app.GetRequiredService<ILoggerFactory>());
                services.AddSingleton<IHostLifetime, AppOwnsTheLifetime>();
                services.AddSingleton<IJobActivator>(new AppServices(app));
                services.AddSingleton<ITypeLocator>(new EnabledTriggers(configuration));
#pragma warning disable CS0618 // WebJobs marks function filters as preview; they have been stable since 3.0.
                services.AddSingleton<IFunctionFilter>(app.GetRequiredService<InvocationCounter>());
#pragma warning restore CS0618
                services.AddSingleton<IWebJobsExceptionHandlerFactory>(new RestartOnFailure(onFailure));
                services.AddOptions<QueuesOptions>().Configure(options => Apply(app.GetRequiredService<IOptions<QueueSettings>>().Value, options));
            })
            .Build();
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

    /// <summary>Trigger classes come from the app's container, so they share its singletons.</summary>
    private sealed class AppServices(IServiceProvider app) : IJobActivator
    {
        public T CreateInstance<T>() => ActivatorUtilities.GetServiceOrCreateInstance<T>(app);
    }

    /// <summary>The web app handles signals and shutdown; the job host only starts and stops when told.</summary>
    private sealed class AppOwnsTheLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
