using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProductOps.Events;
using ProductOps.GitHub;

namespace ProductOps.Ingress;

/// <summary>
/// POST /api/github/webhook: strict and thin. Signature, headers, body, then a durable enqueue;
/// all real work happens from the queue. GitHub waits 10 s and never retries by itself.
/// </summary>
public static partial class GitHubWebhookEndpoint
{
    public const string Route = "/api/github/webhook";

    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<GitHubSettings> options, WebhookBodyReader bodies, EventIngress ingress, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(GitHubWebhookEndpoint));
        var settings = options.Value;
        var deliveryId = request.Headers["X-GitHub-Delivery"].ToString();
        // HMAC-SHA256 of the body with the webhook secret, computed as the body streams in and compared in
        // constant time; a header that can never match is refused before the body is read. Unsigned deliveries
        // pass only while no secret is set and GitHub:AllowUnsignedWebhooks is true (local use).
        var read = await bodies.ReadSignedAsync(request, request.Headers["X-Hub-Signature-256"].ToString(),
            settings.WebhookSecret, settings.AllowUnsignedWebhooks, sha256Only: true, ct);
        if (read.Body is not { } body)
        {
            if (read.Refusal == BodyRefusal.BadSignature)
            {
                LogRejectedSignature(logger, deliveryId);
            }
            return WebhookBody.Refuse(request.HttpContext, read.Refusal, "GitHub:WebhookSecret", !string.IsNullOrEmpty(settings.WebhookSecret), "X-Hub-Signature-256");
        }

        var eventName = request.Headers["X-GitHub-Event"].ToString();
        if (eventName.Length == 0 || deliveryId.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing header", detail: "X-GitHub-Event and X-GitHub-Delivery are required.");
        }
        if (!WebhookBody.IsUsableId(deliveryId) || !WebhookBody.IsUsableId(eventName))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed header",
                detail: $"X-GitHub-Event and X-GitHub-Delivery must be 1 to {WebhookBody.MaxIdLength} characters without control characters.");
        }

        var payload = WebhookBody.ExtractJson(request.ContentType, body);
        if (payload.Json is null)
        {
            LogMalformed(logger, deliveryId, payload.Error!);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed payload", detail: payload.Error);
        }

        if (eventName == "ping")
        {
            return Results.Ok(new IngressAnswer("pong", deliveryId));
        }

        // One put on the tracker-events queue, then 202; 503 when storage does not answer within 4 s.
        // The host's queue trigger hands each message to EventMessageHandler, which calls EventProcessor.ProcessAsync.
        return await ingress.AcceptAsync(Providers.GitHub, eventName, deliveryId, payload.Json, ct);
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Refused GitHub delivery {DeliveryId}: signature missing or invalid")]
    private static partial void LogRejectedSignature(ILogger logger, string deliveryId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Refused GitHub delivery {DeliveryId}: {Error}")]
    private static partial void LogMalformed(ILogger logger, string deliveryId, string error);
}
