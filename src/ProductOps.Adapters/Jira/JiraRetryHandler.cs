using System.Net;

namespace ProductOps.Jira;

/// <summary>
/// Retries Jira requests that failed for reasons that pass, within <see cref="JiraRetryPolicy"/>.
/// <list type="bullet">
/// <item>429 (rate limited): every method. Jira refused the request before doing anything, and asks
/// for it again after <c>Retry-After</c> seconds (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).</item>
/// <item>5xx and connection failures: only idempotent requests, i.e. GET, HEAD, OPTIONS, PUT, DELETE
/// and requests marked with <see cref="Idempotent"/> (read-only POSTs such as <c>/comment/list</c>).
/// Our PUTs are idempotent: label add/remove operations and field values converge. A POST that
/// creates a comment is never retried on 5xx: the comment may exist already, and the caller
/// reconciles by finding it through its marker instead. 503 waits <c>Retry-After</c> when given,
/// as the rate-limiting page advises; other 5xx back off exponentially from <see cref="JiraRetryPolicy.BaseDelay"/>.</item>
/// </list>
/// A Retry-After longer than <see cref="JiraRetryPolicy.MaxDelay"/> is not waited for: the
/// response goes back to the caller (and becomes a <see cref="JiraApiException"/>).
/// </summary>
public sealed class JiraRetryHandler(JiraRetryPolicy options, TimeProvider? time = null) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("ProductOps.Jira.Idempotent");

    private readonly TimeProvider time = time ?? TimeProvider.System;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var idempotent = IsIdempotent(request);
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt >= options.MaxAttempts;
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (idempotent && !last)
            {
                await Task.Delay(Backoff(attempt), time, ct).ConfigureAwait(false);
                continue;
            }

            var delay = last ? null : RetryDelay(response, idempotent, attempt);
            if (delay is null)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay.Value, time, ct).ConfigureAwait(false);
        }
    }

    private TimeSpan? RetryDelay(HttpResponseMessage response, bool idempotent, int attempt)
    {
        var status = response.StatusCode;
        var retryable = status == HttpStatusCode.TooManyRequests || (idempotent && (int)status >= 500);
        if (!retryable)
        {
            return null;
        }

        var delay = RetryAfter(response) ?? Backoff(attempt);
        return delay <= options.MaxDelay ? delay : null;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private TimeSpan Backoff(int attempt)
    {
        // Doubling with up to 20% jitter, so that instances that failed together do not retry together.
        var delay = options.BaseDelay * Math.Pow(2, attempt - 1) * (1 + (Random.Shared.NextDouble() * 0.2));
        return delay < options.MaxDelay ? delay : options.MaxDelay;
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete
        || (request.Options.TryGetValue(Idempotent, out var marked) && marked);
}
