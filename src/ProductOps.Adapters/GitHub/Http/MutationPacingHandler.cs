namespace ProductOps.GitHub.Http;

/// <summary>Applies the <see cref="MutationPacer"/> to every non-GET request of one client (GraphQL queries excepted).</summary>
public sealed class MutationPacingHandler(MutationPacer pacer, string installation) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || GitHubRequestKinds.IsReadOnlyPost(request))
        {
            return await base.SendAsync(request, ct);
        }
        using var turn = await pacer.WaitTurnAsync(installation, ct);
        return await base.SendAsync(request, ct);
    }
}
