using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Text;
using System.Text.Json;
using System.Web;

namespace ProductOps.Ingress;

/// <summary>Reading and checking a webhook body before anything is queued.</summary>
public static class WebhookBody
{
    // GitHub caps payloads at 25 MB: https://docs.github.com/webhooks/webhook-events-and-payloads
    public const long MaxBytes = 25 * 1024 * 1024;

    public static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", detail: "Webhook bodies are limited to 25 MB.");

    /// <summary>The raw body, or null when it is over <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        var sizeLimit = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxBytes;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
        try
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.Length > MaxBytes ? null : buffer.ToArray();
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
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The payload is not a JSON object.";
                return false;
            }
            reader.Skip();
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

public readonly record struct PayloadResult(byte[]? Json, string? Error)
{
    public static PayloadResult Ok(byte[] json) => new(json, null);

    public static PayloadResult Fail(string error) => new(null, error);
}
