using System.Net;
using ProductOps.Events;

namespace ProductOps.GitHub.Http;

/// <summary>
/// Retries what GitHub asks to be retried. Rate limits (429, or 403 with retry-after or
/// x-ratelimit-remaining: 0) mean the request was not applied, so any method is retried after the
/// wait GitHub names. Server errors and timeouts are retried only for idempotent methods: a POST
/// that failed with 500 may have been applied, so it is left to the queue, whose retry reconciles.
/// https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately
/// </summary>
public sealed class RateLimitRetryHandler(TimeProvider clock, TimeSpan maxRateLimitWait) : DelegatingHandler
{
    private const int MaxAttempts = 4;
    private static readonly TimeSpan SecondaryLimitDefaultWait = TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, ct);
            }
            catch (Exception e) when (IsTransient(e, ct) && IsIdempotent(request) && attempt < MaxAttempts)
            {
                await Task.Delay(backoff, clock, ct);
                backoff *= 2;
                continue;
            }

            if (RateLimitWait(response) is { } wait)
            {
                if (wait > maxRateLimitWait || attempt >= MaxAttempts)
                {
                    response.Dispose();
                    throw new RetryLaterException(wait, $"GitHub rate limit: retry in {wait.TotalSeconds:0} s");
                }
                response.Dispose();
                await Task.Delay(wait, clock, ct);
                continue;
            }

            if (IsRetryableStatus(response.StatusCode) && IsIdempotent(request) && attempt < MaxAttempts)
            {
                response.Dispose();
                await Task.Delay(backoff, clock, ct);
                backoff *= 2;
                continue;
            }

            return response;
        }
    }

    private TimeSpan? RateLimitWait(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (403 or 429))
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date - clock.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero);
        }

        if (Header(response, "x-ratelimit-remaining") == "0" && long.TryParse(Header(response, "x-ratelimit-reset"), out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait + TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1);
        }

        // A 429 without headers, or a 403 secondary-limit answer: GitHub says wait at least a minute.
        return status == 429 ? SecondaryLimitDefaultWait : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError;

    private static bool IsIdempotent(HttpRequestMessage request) => IsIdempotent(request.Method) || GitHubRequestKinds.IsReadOnlyPost(request);

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Patch;

    private static bool IsTransient(Exception e, CancellationToken ct) =>
        e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested);
}
