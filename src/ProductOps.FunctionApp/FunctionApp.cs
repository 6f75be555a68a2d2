using Microsoft.Extensions.Options;
using ProductOps.FunctionApp.Hosting;
using ProductOps.FunctionApp.Ingress;
using ProductOps.FunctionApp.Roadmap;
using ProductOps.GitHub;
using ProductOps.Jira;
using ProductOps.Processing;
using ProductOps.Storage;
using ProductOps.WorkItems;

namespace ProductOps.FunctionApp;

/// <summary>
/// Composes the custom handler: the HTTP functions, the queue function's invocation endpoint,
/// and, when the Functions host is absent, the app's own queue listener.
/// </summary>
public static class FunctionApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        FunctionsSettings.AddTo(builder.Configuration, builder.Environment.ContentRootPath);

        configure?.Invoke(builder);

        // Under the Functions host the handler must listen on the port the host chose.
        var hostPort = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        if (hostPort is not null)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{hostPort}");
        }
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WebhookBody.MaxBytes + 1);
        AddServices(builder.Services, builder.Configuration, runsUnderFunctionsHost: hostPort is not null);
        AddJira(builder.Services, builder.Configuration, builder.Environment.ContentRootPath);

        var app = builder.Build();
        app.MapPost(GitHubWebhookEndpoint.Route, GitHubWebhookEndpoint.HandleAsync);
        app.MapPost(JiraWebhookEndpoint.Route, JiraWebhookEndpoint.HandleAsync);
        app.MapGet(HealthEndpoint.Route, HealthEndpoint.CheckAsync);
        app.MapPost(CustomHandlerInvocation.ProcessEventRoute, CustomHandlerInvocation.ProcessEventAsync);
        app.MapPost(RoadmapFunction.Route, RoadmapFunction.InvokeAsync);
        Updates.UpdatesFunctions.Map(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, bool runsUnderFunctionsHost)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<GitHubSettings>(configuration.GetSection(GitHubSettings.Section));
        services.Configure<QueueSettings>(configuration.GetSection(QueueSettings.Section));
        services.Configure<LocalListenerSettings>(configuration.GetSection(LocalListenerSettings.Section));

        services.AddSingleton(new StorageAccount(configuration["AzureWebJobsStorage"] is { Length: > 0 } connection ? connection : StorageAccount.DevelopmentStorage));
        services.AddSingleton<EventQueue>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<IItemStore, TableItemStore>();
        services.AddSingleton<IItemLocks, BlobItemLocks>();
        services.AddHostedService<StorageInitializer>();

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GitHubSettings>>().Value);
        services.AddSingleton<GitHub.Http.IMutationSchedule, TableMutationSchedule>();
        services.AddSingleton<GitHubClients>();
        services.AddSingleton<ConfigProblemIssue>();
        services.AddSingleton<Configuration.ILastGoodConfigs, TableLastGoodConfigs>();
        services.AddSingleton<ProductOps.Roadmap.RoadmapTargetPolicy>();
        services.AddSingleton<RepositoryConfigReader>(sp => ActivatorUtilities.CreateInstance<RepositoryConfigReader>(sp, sp.GetRequiredService<GitHubSettings>().ConfigCacheDuration));
        services.AddSingleton<GitHubSessions>();
        services.AddSingleton<ITrackerProvider, GitHubProvider>();

        services.AddSingleton<EventProcessor>();
        services.AddSingleton<EventMessageHandler>();
        services.AddSingleton<EventIngress>();

        var listenerEnabled = configuration.GetValue<bool?>($"{LocalListenerSettings.Section}:Enabled") ?? !runsUnderFunctionsHost;
        if (listenerEnabled)
        {
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, StorageNames.EventsQueue,
                (Func<IServiceProvider, string, long, CancellationToken, Task<MessageResult>>)((s, text, count, ct) =>
                    s.GetRequiredService<EventMessageHandler>().HandleAsync(text, count, ct))));
        }
        RoadmapFunction.AddServices(services, configuration, listenerEnabled);
        Updates.UpdatesFunctions.AddServices(services, configuration, listenerEnabled);
    }

    private static void AddJira(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<JiraSettings>(configuration.GetSection(JiraSettings.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<JiraSettings>>().Value);
        services.AddSingleton(sp => new JiraProjectConfigs(
            sp.GetRequiredService<JiraSettings>(), contentRoot, sp.GetRequiredService<ILogger<JiraProjectConfigs>>()));
        services.AddSingleton<ITrackerProvider, JiraProvider>();
    }
}
