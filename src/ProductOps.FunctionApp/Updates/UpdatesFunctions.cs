using Microsoft.Extensions.Options;
using ProductOps.FunctionApp.Hosting;
using ProductOps.GitHub;
using ProductOps.Processing;
using ProductOps.Storage;
using ProductOps.Updates;
using ProductOps.Updates.Channels;
using ProductOps.Updates.Digest;

namespace ProductOps.FunctionApp.Updates;

/// <summary>
/// Stakeholder updates in the function app: the <c>deliver-update</c> queue function (the <c>updates</c>
/// queue) and the <c>stakeholder-digest</c> timer function, served as custom-handler invocations, with
/// the app's own queue listener and digest scheduler standing in when the Functions host is absent.
/// </summary>
internal static class UpdatesFunctions
{
    public const string DeliverRoute = "/deliver-update";
    public const string DigestRoute = "/stakeholder-digest";

    public static void AddServices(IServiceCollection services, IConfiguration configuration, bool localListeners)
    {
        services.Configure<UpdatesSettings>(configuration.GetSection(UpdatesSettings.Section));
        services.AddSingleton(sp =>
        {
            // An update poisoned by the handler keeps its reason; never let the host's own count run out first.
            var settings = sp.GetRequiredService<IOptions<UpdatesSettings>>().Value;
            settings.MaxAttempts = Math.Clamp(settings.MaxAttempts, 1, sp.GetRequiredService<IOptions<QueueSettings>>().Value.MaxDequeueCount);
            return settings;
        });
        services.AddSingleton<UpdateQueue>();
        services.AddSingleton<IUpdateQueue>(sp => sp.GetRequiredService<UpdateQueue>());
        services.AddSingleton<IUpdateDeliveryLog, UpdateDeliveryLog>();
        services.AddSingleton<TableDigestStates>();
        services.AddSingleton<IDigestRegistry>(sp => sp.GetRequiredService<TableDigestStates>());
        services.AddSingleton<TableItemStore>();
        services.AddSingleton<UpdateAnnouncer>();
        services.AddSingleton<IRoadmapPlacements>(sp => sp.GetRequiredService<TableDigestStates>());
        services.AddSingleton<IRoadmapChangeListener, RoadmapAnnouncer>();
        services.AddSingleton<IUpdateTemplateSource, GitHubTemplateSource>();
        services.AddSingleton<IUpdateTemplateSource, JiraTemplateSource>();
        services.AddSingleton<UpdateRenderer>();
        services.AddSingleton(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<IUpdateChannel, CommentChannel>();
        services.AddSingleton<IUpdateChannel, SlackChannel>();
        services.AddSingleton<IUpdateChannel, TeamsChannel>();
        services.AddSingleton<IUpdateChannel, JsonWebhookChannel>();
        services.AddSingleton<UpdateDeliverer>();
        services.AddSingleton<DigestRunner>();

        if (localListeners)
        {
            // Not AddHostedService: it registers one hosted service per implementation type, and the
            // event queue's listener is already a QueueListener.
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, StorageNames.UpdatesQueue,
                (Func<IServiceProvider, string, long, CancellationToken, Task<MessageResult>>)((s, text, count, ct) =>
                    s.GetRequiredService<UpdateDeliverer>().HandleAsync(text, count, ct))));
            services.AddHostedService<DigestScheduler>();
        }
    }

    public static void Map(WebApplication app)
    {
        app.MapPost(DeliverRoute, DeliverAsync);
        app.MapPost(DigestRoute, DigestAsync);
    }

    private static async Task<IResult> DeliverAsync(QueueInvocation invocation, UpdateDeliverer deliverer, CancellationToken ct)
    {
        if (invocation.Data?.Message is not { } data)
        {
            return Results.BadRequest(new InvocationResult([$"The invocation has no Data.{QueueInvocationData.BindingName}."]));
        }

        var attempt = invocation.Metadata?.DequeueCount ?? 1;
        var text = data.ValueKind == System.Text.Json.JsonValueKind.String ? data.GetString()! : data.GetRawText();
        var result = await deliverer.HandleAsync(text, attempt, ct);
        var logs = new[] { $"{result.Disposition} (attempt {attempt})" };
        return result.Disposition == MessageDisposition.Done
            ? Results.Ok(new InvocationResult(logs))
            : Results.Json(new InvocationResult(logs), statusCode: StatusCodes.Status500InternalServerError);
    }

    /// <summary>The timer's invocation: its body (schedule status) is not needed, the watermarks say what is due.</summary>
    private static async Task<IResult> DigestAsync(DigestRunner runner, CancellationToken ct)
    {
        var targets = await runner.RunAsync(ct);
        return Results.Ok(new InvocationResult([$"Queued digests for {targets} target(s)"]));
    }
}
