using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProductOps.GitHub;
using ProductOps.Hosting;
using ProductOps.Ingress;

namespace ProductOps.Functions.Http;

/// <summary>POST /api/github/webhook (anonymous: the HMAC signature is the authentication).</summary>
public sealed class GitHubWebhookFunction(IOptions<GitHubSettings> settings, WebhookBodyReader bodies, EventIngress ingress, ILoggerFactory loggers)
{
    [Function(FunctionNames.GitHubWebhook)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionNames.GitHubWebhookRoute)] HttpRequest request,
        CancellationToken ct) =>
        new ResultAction(await GitHubWebhookEndpoint.HandleAsync(request, settings, bodies, ingress, loggers, ct));
}
