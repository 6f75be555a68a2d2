using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProductOps.Outcomes;

/// <summary>
/// Reads one KPI from an HTTPS JSON endpoint: a GET that must answer 2xx with JSON of at most 64 KiB within
/// 10 seconds, and the number at the configured JSON pointer (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901).
/// Redirects are not followed (an allowed address must not lead elsewhere). Nothing thrown escapes: every
/// failure is a <see cref="KpiReading"/> with its problem, so one bad endpoint never stops the others.
/// </summary>
public sealed class KpiEndpoint : IDisposable
{
    public const int MaxBytes = 64 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout };

    public async Task<KpiReading> ReadAsync(KpiSource source, CancellationToken ct)
    {
        // HttpClient.Timeout stops at the headers when the body is streamed: this deadline covers the body too,
        // so an endpoint that answers at once and then sends a byte now and then cannot hold the timer.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new(null, $"the endpoint answered {(int)response.StatusCode}");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return new(null, $"the answer has {response.Content.Headers.ContentLength} bytes; at most {MaxBytes} are read");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
            var buffer = new byte[MaxBytes + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), deadline.Token)) > 0)
            {
                read += n;
            }
            if (read > MaxBytes)
            {
                return new(null, $"the answer is longer than {MaxBytes} bytes");
            }
            return At(JsonNode.Parse(buffer.AsSpan(0, read)), source.Pointer);
        }
        catch (JsonException e)
        {
            return new(null, "the answer is not JSON", e.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, $"no answer within {Timeout.TotalSeconds:0} seconds");
        }
        catch (HttpRequestException e)
        {
            return new(null, "the endpoint could not be reached", e.Message);
        }
    }

    /// <summary>The number at the pointer ("" is the whole document; "~1" is "/" and "~0" is "~" in a name).</summary>
    public static KpiReading At(JsonNode? document, string pointer)
    {
        var node = document;
        foreach (var token in pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(token, out var child) => child,
                JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return new(null, $"no number at {pointer}");
            }
        }
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.GetValue<double>() is var number && double.IsFinite(number)
            ? new(number, null)
            : new(null, $"the value at {pointer} is not a number");
    }

    public void Dispose() => http.Dispose();
}
