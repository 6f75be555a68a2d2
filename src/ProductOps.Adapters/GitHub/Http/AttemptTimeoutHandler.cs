namespace ProductOps.GitHub.Http;

/// <summary>
/// Bounds the wait for one response, and only that: it sits next to the network, below the pacing
/// of mutations, so a request waiting for its slot is never cancelled as "timed out".
/// </summary>
public sealed class AttemptTimeoutHandler(TimeSpan timeout) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        return await base.SendAsync(request, deadline.Token);
    }
}
