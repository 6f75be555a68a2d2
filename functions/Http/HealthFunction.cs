using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ProductOps.Hosting;
using ProductOps.Ingress;
using ProductOps.Storage;

namespace ProductOps.Functions.Http;

/// <summary>GET /api/health: is storage reachable.</summary>
public sealed class HealthFunction(StorageAccount storage)
{
    [Function(FunctionNames.Health)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FunctionNames.HealthRoute)] HttpRequest request,
        CancellationToken ct) =>
        new ResultAction(await HealthEndpoint.CheckAsync(storage, ct));
}
