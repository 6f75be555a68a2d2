using System.Text.Json;
using ProductOps.FunctionApp.Hosting;
using ProductOps.Processing;
using ProductOps.Roadmap;
using ProductOps.Storage;

namespace ProductOps.FunctionApp.Roadmap;

/// <summary>
/// The <c>refresh-roadmap</c> queue function (functions/refresh-roadmap/function.json): its services,
/// its custom-handler invocation endpoint and, without the Functions host, its local listener.
/// </summary>
internal static class RoadmapFunction
{
    public const string Route = "/refresh-roadmap";

    public static void AddServices(IServiceCollection services, bool listenerEnabled)
    {
        if (listenerEnabled)
        {
            // Not AddHostedService: it keeps one registration per implementation type, and the events queue already has a QueueListener.
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, StorageNames.RoadmapQueue,
                (Func<IServiceProvider, string, long, CancellationToken, Task<MessageResult>>)((s, text, count, ct) =>
                    s.GetRequiredService<RoadmapRefresher>().HandleAsync(text, count, ct))));
        }
    }

    /// <summary>The Functions host posts <c>{Data: {message}, Metadata}</c>; see <see cref="CustomHandlerInvocation"/>.</summary>
    public static async Task<IResult> InvokeAsync(QueueInvocation invocation, RoadmapRefresher refresher, CancellationToken ct)
    {
        if (invocation.Data?.Message is not { } data)
        {
            return Results.BadRequest(new InvocationResult([$"The invocation has no Data.{QueueInvocationData.BindingName}."]));
        }
        var text = data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText();
        var attempt = invocation.Metadata?.DequeueCount ?? 1;
        var result = await refresher.HandleAsync(text, attempt, ct);
        var logs = new[] { $"{result.Disposition} (attempt {attempt})" };
        return result.Disposition == MessageDisposition.Done
            ? Results.Ok(new InvocationResult(logs))
            : Results.Json(new InvocationResult(logs), statusCode: StatusCodes.Status500InternalServerError);
    }
}
