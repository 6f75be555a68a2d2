using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ProductOps.Functions.Http;

/// <summary>
/// The core's HTTP edge answers with minimal-API <see cref="IResult"/>s. The worker's ASP.NET Core
/// integration documents and executes <see cref="IActionResult"/> return values (its
/// FunctionsHttpProxyingMiddleware; https://github.com/Azure/azure-functions-dotnet-worker/issues/2718),
/// and the worker cannot be run here to prove more, so the function returns the one that runs the other.
/// </summary>
internal sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
