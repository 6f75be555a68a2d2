using Microsoft.Extensions.Configuration.Memory;
using ProductOps.Hosting;
using ProductOps.Ingress;
using ProductOps.LocalHost.Triggers;
using ProductOps.Storage;
using ProductOps.Updates;

namespace ProductOps.LocalHost;

/// <summary>
/// The functions of functions/ served without the Functions host: the HTTP functions by ASP.NET Core
/// under host.json's route prefix, the queue and timer functions by the WebJobs SDK with host.json's
/// queue settings. Besides them only the local setup page (unconfigured, loopback only); no route runs a
/// queue or timer function.
/// </summary>
public static class LocalHostApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        FunctionsSettings.AddTo(builder.Configuration, builder.Environment.ContentRootPath);
        AddDefaults(builder.Configuration);
        configure?.Invoke(builder);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WebhookBody.MaxBytes + 1);
        builder.Services.AddProductOps(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddLocalTriggers();

        var app = builder.Build();
        var prefix = "/" + (app.Configuration["AzureFunctionsJobHost:extensions:http:routePrefix"] ?? "api");
        app.MapPost($"{prefix}/{FunctionNames.GitHubWebhookRoute}", GitHubWebhookEndpoint.HandleAsync).WithName(FunctionNames.GitHubWebhook);
        app.MapPost($"{prefix}/{FunctionNames.JiraWebhookRoute}", JiraWebhookEndpoint.HandleAsync).WithName(FunctionNames.JiraWebhook);
        app.MapGet($"{prefix}/{FunctionNames.HealthRoute}", HealthEndpoint.CheckAsync).WithName(FunctionNames.Health);

        // GitHub App registration (docs/cli.md): only while no GitHub credentials are set, only from loopback.
        Setup.SetupEndpoints.Map(app, Path.Combine(builder.Environment.ContentRootPath, "local.settings.json"));
        return app;
    }

    /// <summary>
    /// Below every other source: what a trigger needs resolved before the app's own defaults apply.
    /// The timer's <c>%Updates:DigestSchedule%</c> must resolve or the host does not start; in Azure the
    /// app setting must be set (the sample settings and the deployment set it).
    /// </summary>
    private static void AddDefaults(ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [FunctionNames.StorageConnection] = StorageAccount.DevelopmentStorage,
                ["Updates:DigestSchedule"] = new UpdatesSettings().DigestSchedule,
                ["Outcomes:KpiSchedule"] = Outcomes.KpiPoller.DefaultSchedule,
            },
        });
}
