using System.Net;

namespace ProductOps.Jira;

/// <summary>
/// Jira refused a request. Carries the status and Jira's own <c>errorMessages</c> and per-field
/// <c>errors</c> (https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes);
/// the message names the method and path only, never headers, so no credential can leak into logs.
/// </summary>
public sealed class JiraApiException(
    HttpStatusCode status,
    string method,
    string path,
    IReadOnlyList<string> errorMessages,
    IReadOnlyDictionary<string, string> errors)
    : Exception(Describe(status, method, path, errorMessages, errors))
{
    public HttpStatusCode Status { get; } = status;
    public IReadOnlyList<string> ErrorMessages { get; } = errorMessages;
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    /// <summary>Jira's Retry-After on a 429 or 503 that was longer than the client waits in-process.</summary>
    public TimeSpan? RetryAfter { get; init; }

    private static string Describe(
        HttpStatusCode status, string method, string path, IReadOnlyList<string> messages, IReadOnlyDictionary<string, string> errors)
    {
        var details = messages.Concat(errors.Select(e => $"{e.Key}: {e.Value}")).ToList();
        var reason = details.Count == 0 ? "no details" : string.Join("; ", details);
        return $"Jira answered {(int)status} {status} to {method} {path}: {reason}";
    }
}
