using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Azure;
using ProductOps.Storage;

namespace ProductOps.Ingress;

/// <summary>GET /api/health: is storage reachable (the one thing ingress cannot work without).</summary>
public static class HealthEndpoint
{
    public const string Route = "/api/health";

    public static async Task<IResult> CheckAsync(StorageAccount storage, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await storage.Queue(StorageNames.EventsQueue).GetPropertiesAsync(timeout.Token);
            return Results.Ok(new HealthReport("healthy", "reachable"));
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException)
        {
            return Results.Json(new HealthReport("unhealthy", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private sealed record HealthReport(string Status, string Storage);
}
