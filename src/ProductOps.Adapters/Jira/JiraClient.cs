using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ProductOps.Jira;

/// <summary>
/// A small typed client for the few Jira Cloud REST v3 endpoints Product Ops needs
/// (https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/). Failures surface as
/// <see cref="JiraApiException"/>; retries happen below it, in <see cref="JiraRetryHandler"/>.
/// Keep one instance per site: it caches the field catalogue.
/// </summary>
public sealed partial class JiraClient(HttpClient http, TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Builds the client with its retry handler and Basic auth (email + API token).</summary>
    public static JiraClient Create(
        JiraCredentials signIn, JiraRetryPolicy? retry = null, HttpMessageHandler? primaryHandler = null, TimeProvider? time = null)
    {
        var handler = new JiraRetryHandler(retry ?? new JiraRetryPolicy(), time)
        {
            InnerHandler = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };

        // The timeout covers retries and their waits, hence longer than HttpClient's 100 s default.
        var client = new HttpClient(new Telemetry.TrackerCallHandler(Events.Providers.Jira, handler)) { BaseAddress = WithTrailingSlash(signIn.BaseUrl), Timeout = TimeSpan.FromMinutes(3) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{signIn.Email}:{signIn.ApiToken}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new JiraClient(client, time);
    }

    /// <summary><c>GET /rest/api/3/issue/{key}?fields=...</c>: only the fields asked for come back.</summary>
    public Task<JiraIssue> GetIssueAsync(string issueKey, IEnumerable<string> fieldIds, CancellationToken ct) =>
        SendAsync<JiraIssue>(HttpMethod.Get, $"rest/api/3/issue/{Esc(issueKey)}?fields={Esc(string.Join(',', fieldIds))}", null, ct);

    /// <summary><c>PUT /rest/api/3/issue/{key}</c> (answers 204).</summary>
    public async Task EditIssueAsync(string issueKey, JiraEditIssueRequest edit, CancellationToken ct)
    {
        using var response = await SendRawAsync(HttpMethod.Put, $"rest/api/3/issue/{Esc(issueKey)}", edit, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string uri, object? body, CancellationToken ct, bool idempotent = false)
    {
        using var response = await SendRawAsync(method, uri, body, ct, idempotent).ConfigureAwait(false);
        await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(JiraJson.Options, ct).ConfigureAwait(false)
            ?? throw new JsonException($"Jira answered {method} {PathOf(uri)} with an empty body.");
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method, string uri, object? body, CancellationToken ct, bool idempotent = false)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Buffered string content, so that the retry handler can send it again.
            var json = JsonSerializer.Serialize(body, body.GetType(), JiraJson.Options);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (idempotent)
        {
            request.Options.Set(JiraRetryHandler.Idempotent, true);
        }

        return await http.SendAsync(request, ct).ConfigureAwait(false);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        JiraErrorCollection? errors = null;
        try
        {
            errors = await response.Content.ReadFromJsonAsync<JiraErrorCollection>(JiraJson.Options, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not Jira's error shape (a proxy's HTML page, say): the status alone must do.
        }

        var request = response.RequestMessage;
        throw new JiraApiException(
            response.StatusCode,
            request?.Method.Method ?? "?",
            request?.RequestUri?.AbsolutePath ?? "?",
            errors?.ErrorMessages ?? [],
            errors?.Errors ?? new Dictionary<string, string>())
        {
            RetryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null),
        };
    }

    private static bool IsNotFound(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.NotFound;

    private static string Esc(string value) => Uri.EscapeDataString(value);

    private static string PathOf(string uri) => "/" + uri.Split('?')[0];

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
