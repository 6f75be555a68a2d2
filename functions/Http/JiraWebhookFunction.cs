using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProductOps.Hosting;
using ProductOps.Ingress;
using ProductOps.Jira;

namespace ProductOps.Functions.Http;

/// <summary>POST /api/jira/webhook (anonymous: the HMAC signature is the authentication).</summary>
public sealed class JiraWebhookFunction(IOptions<JiraSettings> settings, WebhookBodyReader bodies, EventIngress ingress, ILoggerFactory loggers)
{
    [Function(FunctionNames.JiraWebhook)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FunctionNames.JiraWebhookRoute)] HttpRequest request,
        CancellationToken ct) =>
        new ResultAction(await JiraWebhookEndpoint.HandleAsync(request, settings, bodies, ingress, loggers, ct));
}
