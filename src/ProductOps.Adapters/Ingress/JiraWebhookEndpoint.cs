using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProductOps.Events;
using ProductOps.Jira;

namespace ProductOps.Ingress;

/// <summary>
/// POST /api/jira/webhook: as strict and thin as the GitHub endpoint. Size, signature, body, then a
/// durable enqueue; the event name is the payload's <c>webhookEvent</c>, the dedupe key Jira's
/// <c>X-Atlassian-Webhook-Identifier</c>, which stays the same on Jira's retries
/// (https://developer.atlassian.com/cloud/jira/platform/webhooks/#known-issues).
/// </summary>
public static partial class JiraWebhookEndpoint
{
    public const string Route = "/api/jira/webhook";
    public const string IdentifierHeader = "X-Atlassian-Webhook-Identifier";

    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<JiraSettings> options, WebhookBodyReader bodies, EventIngress ingress, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(JiraWebhookEndpoint));
        var settings = options.Value;
        var identifier = request.Headers[IdentifierHeader].ToString();
        var read = await bodies.ReadSignedAsync(request, request.Headers[JiraWebhookSignature.HeaderName].ToString(),
            settings.WebhookSecret, settings.AllowUnsignedWebhooks, sha256Only: false, ct);
        if (read.Body is not { } body)
        {
            if (read.Refusal == BodyRefusal.BadSignature)
            {
                LogRejectedSignature(logger, identifier);
            }
            return WebhookBody.Refuse(request.HttpContext, read.Refusal, "Jira:WebhookSecret", !string.IsNullOrEmpty(settings.WebhookSecret), JiraWebhookSignature.HeaderName);
        }

        var payload = WebhookBody.ExtractJson(request.ContentType, body);
        var eventName = payload.Json is null ? null : EventName(payload.Json);
        var error = payload.Error
            ?? (eventName is null ? "The payload has no webhookEvent (text of 1 to 100 characters)." : null)
            ?? (identifier.Length > 0 && !WebhookBody.IsUsableId(identifier) ? $"{IdentifierHeader} is not a usable identifier." : null);
        if (error is not null)
        {
            LogMalformed(logger, identifier, error);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed payload", detail: error);
        }

        // Without the header (an older or proxied sender), a hash of the body still catches Jira's
        // retries: a retry resends the same body, while two events differ at least in their timestamp.
        var deliveryId = identifier.Length > 0 ? identifier : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(body));
        return await ingress.AcceptAsync(Providers.Jira, eventName!, deliveryId, payload.Json!, ct);
    }

    /// <summary>The top-level <c>webhookEvent</c> string, read without building a document.</summary>
    private static string? EventName(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read(); // the object's start: ExtractJson has checked the shape
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEventName = reader.ValueTextEquals("webhookEvent"u8);
            reader.Read();
            if (isEventName)
            {
                var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                return name is { Length: > 0 and <= 100 } && !name.Any(char.IsControl) ? name : null;
            }

            reader.Skip();
        }

        return null;
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Refused Jira delivery {Identifier}: signature missing or invalid")]
    private static partial void LogRejectedSignature(ILogger logger, string identifier);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Refused Jira delivery {Identifier}: {Error}")]
    private static partial void LogMalformed(ILogger logger, string identifier, string error);
}
