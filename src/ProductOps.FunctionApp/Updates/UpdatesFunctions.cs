using ProductOps.FunctionApp.Hosting;
using ProductOps.Hosting;
using ProductOps.Processing;
using ProductOps.Storage;
using ProductOps.Updates;
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

    public static void AddServices(IServiceCollection services, bool localListeners)
    {
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
