using Microsoft.AspNetCore.Http;
using System.Text;
using System.Text.Json;
using System.Web;
using ProductOps.Storage;

namespace ProductOps.Ingress;

/// <summary>Reading and checking a webhook body before anything is queued.</summary>
public static class WebhookBody
{
    // GitHub caps payloads at 25 MB: https://docs.github.com/webhooks/webhook-events-and-payloads
    public const long MaxBytes = 25 * 1024 * 1024;

    /// <summary>Delivery ids and event names longer than this, or with control characters, are refused (400).</summary>
    public const int MaxIdLength = 200;

    public static bool IsUsableId(string id) => id.Length is > 0 and <= MaxIdLength && !id.Any(char.IsControl);

    public static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", detail: "Webhook bodies are limited to 25 MB.");

    /// <summary>The answer to a body that was not read to the end, or not signed by the secret.</summary>
    /// <param name="secretSetting">The setting that holds the secret, named when none is configured.</param>
    /// <param name="signatureHeader">The header that carries the signature, named when it does not match.</param>
    public static IResult Refuse(HttpContext context, BodyRefusal refusal, string secretSetting, bool secretConfigured, string signatureHeader)
    {
        switch (refusal)
        {
            case BodyRefusal.TooLarge:
                return TooLarge();
            case BodyRefusal.Busy:
                // https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                    detail: "Too many large webhook bodies are being received at once. Redeliver it later.");
            case BodyRefusal.TooSlow:
                return Results.Problem(statusCode: StatusCodes.Status408RequestTimeout, title: "Body too slow",
                    detail: $"The body did not arrive within {WebhookBodyReader.ReadDeadline.TotalSeconds:0} s.");
            default:
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid signature", detail: secretConfigured
                    ? $"{signatureHeader} is missing or does not match the body."
                    : $"No webhook secret is configured ({secretSetting}), so deliveries cannot be verified.");
        }
    }

    /// <summary>
    /// The JSON payload of a delivery: the body itself for application/json, or the <c>payload</c>
    /// field for application/x-www-form-urlencoded (GitHub's two content types).
    /// </summary>
    public static PayloadResult ExtractJson(string? contentType, byte[] body)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        byte[] json;
        switch (mediaType)
        {
            case "application/json":
                json = body;
                break;
            case "application/x-www-form-urlencoded":
                var payload = HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body))["payload"];
                if (payload is null)
                {
                    return PayloadResult.Fail("The form body has no 'payload' field.");
                }
                json = Encoding.UTF8.GetBytes(payload);
                break;
            default:
                return PayloadResult.Fail($"Content type '{mediaType ?? "(none)"}' is not supported; send application/json or application/x-www-form-urlencoded.");
        }

        return IsJsonObject(json, out var error) ? PayloadResult.Ok(json) : PayloadResult.Fail(error);
    }

    private static bool IsJsonObject(byte[] json, out string error)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            error = "The payload is not valid UTF-8.";
            return false;
        }
        try
        {
            // The reader's own limit is higher, so a too-deep payload is told apart from broken JSON.
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = EventQueue.MaxPayloadDepth + 1 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The payload is not a JSON object.";
                return false;
            }
            while (reader.Read() && reader.CurrentDepth > 0)
            {
                if (reader.CurrentDepth >= EventQueue.MaxPayloadDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    error = $"The payload nests deeper than {EventQueue.MaxPayloadDepth} levels, more than processing reads.";
                    return false;
                }
            }
            if (reader.Read())
            {
                error = "The payload has content after its JSON object.";
                return false;
            }
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = $"The payload is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).";
            return false;
        }
    }
}
