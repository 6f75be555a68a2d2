using ProductOps.FunctionApp.Hosting;
using ProductOps.Hosting;
using ProductOps.Ingress;
using ProductOps.FunctionApp.Roadmap;
using ProductOps.Processing;
using ProductOps.Storage;

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
        AddServices(builder.Services, builder.Configuration, builder.Environment.ContentRootPath, runsUnderFunctionsHost: hostPort is not null);

        var app = builder.Build();
        app.MapPost(GitHubWebhookEndpoint.Route, GitHubWebhookEndpoint.HandleAsync);
        app.MapPost(JiraWebhookEndpoint.Route, JiraWebhookEndpoint.HandleAsync);
        app.MapGet(HealthEndpoint.Route, HealthEndpoint.CheckAsync);
        app.MapPost(CustomHandlerInvocation.ProcessEventRoute, CustomHandlerInvocation.ProcessEventAsync);
        app.MapPost(RoadmapFunction.Route, RoadmapFunction.InvokeAsync);
        Updates.UpdatesFunctions.Map(app);
        ProductOps.Setup.SetupEndpoints.Map(app, Path.Combine(builder.Environment.ContentRootPath, "local.settings.json"));
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, string contentRoot, bool runsUnderFunctionsHost)
    {
        services.AddProductOps(configuration, contentRoot);
        services.Configure<LocalListenerSettings>(configuration.GetSection(LocalListenerSettings.Section));

        var listenerEnabled = configuration.GetValue<bool?>($"{LocalListenerSettings.Section}:Enabled") ?? !runsUnderFunctionsHost;
        if (listenerEnabled)
        {
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, StorageNames.EventsQueue,
                (Func<IServiceProvider, string, long, CancellationToken, Task<MessageResult>>)((s, text, count, ct) =>
                    s.GetRequiredService<EventMessageHandler>().HandleAsync(text, count, ct))));
        }
        RoadmapFunction.AddServices(services, listenerEnabled);
        Updates.UpdatesFunctions.AddServices(services, listenerEnabled);
    }
}
