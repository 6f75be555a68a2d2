using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using ProductOps.Events;
using ProductOps.Jira;

namespace ProductOps.Cli;

/// <summary>
/// One line per failure: what answered (or did not), and what to do about it, e.g.
/// <c>GitHub answered 401 Bad credentials: check GitHub__Token</c>. No stack trace: <c>--verbose</c> adds it.
/// </summary>
internal static class CliErrors
{
    private const string StorageAdvice = "start Azurite (scripts/run-local.sh) or check AzureWebJobsStorage";

    /// <param name="storageAdvice">
    /// False where the caller gives its own advice for unreachable storage (<c>doctor</c>'s check line), so it is said once.
    /// </param>
    public static string Describe(Exception e, IConfiguration settings, bool storageAdvice = true)
    {
        var github = GitHubCredential(settings);
        return e switch
        {
            Octokit.AuthorizationException a => $"GitHub answered 401 {a.Message}: check {github}",
            Octokit.ForbiddenException f => $"GitHub answered 403 {f.Message}: the credentials lack a permission this needs (token scopes, or the app's permissions): check {github}",
            Octokit.NotFoundException n => $"GitHub answered 404 {n.Message}: check the repository name (owner/name) and that {github} can see it",
            Octokit.ApiException a => $"GitHub answered {(int)a.StatusCode} {a.Message}",
            RetryLaterException r => $"{r.Message}: wait and run it again",
            JiraApiException { Status: HttpStatusCode.Unauthorized } j => $"{j.Message}: check Jira__Email and Jira__ApiToken",
            JiraApiException { Status: HttpStatusCode.Forbidden } j => $"{j.Message}: the Jira account lacks a permission this needs",
            JiraApiException { Status: HttpStatusCode.NotFound } j => $"{j.Message}: check the project key and Jira__BaseUrl",
            JiraApiException j => j.Message,
            Azure.RequestFailedException { Status: 0 } s => StorageUnreachable(Root(s).Message, storageAdvice),
            Azure.RequestFailedException s => $"Storage answered {s.Status} {s.ErrorCode}: check AzureWebJobsStorage",
            AggregateException { InnerExceptions: [var only] } => Describe(only, settings, storageAdvice),
            _ when Find<HttpRequestException>(e) is { } h => Network(h, e, settings, storageAdvice),
            _ when Find<TaskCanceledException>(e) is not null || Find<TimeoutException>(e) is not null => Timeout(e, settings),
            InvalidOperationException or ArgumentException or FormatException => e.Message,
            _ => $"{e.GetType().Name}: {e.Message} (run with --verbose for details)",
        };
    }

    private static string GitHubCredential(IConfiguration settings) =>
        settings["GitHub:AppId"] is { Length: > 0 } ? "GitHub__AppId and GitHub__PrivateKey" : "GitHub__Token";

    private static string StorageUnreachable(string cause, bool advice) =>
        $"Storage could not be reached ({cause})" + (advice ? $": {StorageAdvice}" : "");

    private static string Network(HttpRequestException h, Exception e, IConfiguration settings, bool storageAdvice)
    {
        var (service, setting) = Service(e, settings);
        var cause = h.InnerException is SocketException s ? $"{s.SocketErrorCode}: {h.Message}" : h.Message;
        if (service == "Storage")
        {
            return StorageUnreachable(cause, storageAdvice);
        }
        return h.HttpRequestError == HttpRequestError.NameResolutionError || h.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain }
            ? $"{service} could not be reached: the host name did not resolve ({h.Message}): check {setting} and the network"
            : $"{service} could not be reached ({cause}): check {setting} and the network";
    }

    private static string Timeout(Exception e, IConfiguration settings)
    {
        var (service, setting) = Service(e, settings);
        var limit = service == "GitHub" ? $" (GitHub__RequestTimeout is {settings["GitHub:RequestTimeout"] ?? "00:00:10"})" : "";
        return $"{service} did not answer in time{limit}: check {setting} and the network, or try again later";
    }

    // Which side failed, from the code the exception came through: Octokit is GitHub, the Jira client is Jira.
    private static (string Service, string Setting) Service(Exception e, IConfiguration settings) => e.ToString() switch
    {
        var trace when trace.Contains("Octokit.", StringComparison.Ordinal) || trace.Contains("ProductOps.GitHub.", StringComparison.Ordinal) => ("GitHub", "GitHub__ApiUrl"),
        var trace when trace.Contains("ProductOps.Jira.", StringComparison.Ordinal) => ("Jira", "Jira__BaseUrl"),
        var trace when trace.Contains("Azure.", StringComparison.Ordinal) => ("Storage", "AzureWebJobsStorage"),
        _ => ("The server", settings["GitHub:ApiUrl"] is null ? "the URL" : "GitHub__ApiUrl / Jira__BaseUrl"),
    };

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }

    private static Exception Root(Exception e) => e.InnerException is null ? e : Root(e.InnerException);
}
