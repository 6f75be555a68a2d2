using System.Diagnostics;
using ProductOps.Jira;

namespace ProductOps.Telemetry;

/// <summary>
/// The outermost handler in front of the GitHub (Octokit) and Jira clients: one client span per
/// call (retries and rate-limit waits included) as a child of the event being processed, and the
/// tracker-writes counter for every mutating call.
/// </summary>
public sealed class TrackerCallHandler(string provider, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var kind = Kind(request.RequestUri?.AbsolutePath ?? "");
        using var activity = ProductOpsTelemetry.StartTrackerCall(provider, request.Method.Method, kind);
        try
        {
            var response = await base.SendAsync(request, ct).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }
            if (IsWrite(request, kind))
            {
                ProductOpsTelemetry.Wrote(provider, kind);
            }
            return response;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    /// <summary>
    /// What a call touches, from its path: GitHub <c>/repos/o/r/issues/1/labels</c> and Jira
    /// <c>/rest/api/3/issue/K-1/comment</c> alike. Paths only: never a query string or a body.
    /// </summary>
    public static string Kind(string path) =>
        path.Contains("/access_tokens", StringComparison.Ordinal) ? "token"
        : path.Contains("/labels", StringComparison.Ordinal) ? "label"
        : path.Contains("/comment", StringComparison.Ordinal) ? "comment"
        : path.Contains("/contents/", StringComparison.Ordinal) ? "file"
        : path.Contains("/search", StringComparison.Ordinal) || path.EndsWith("/field", StringComparison.Ordinal) ? "search"
        : "issue";

    // Reads: GET/HEAD, token exchanges, and POSTs marked idempotent (Jira's read-only /comment/list).
    private static bool IsWrite(HttpRequestMessage request, string kind) =>
        request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && kind != "token"
        && !(request.Options.TryGetValue(JiraRetryHandler.Idempotent, out var readOnly) && readOnly);
}
