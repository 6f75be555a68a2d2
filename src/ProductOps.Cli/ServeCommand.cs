using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ProductOps.LocalHost;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops serve [--urls URL]</c>: the local host (the functions of functions/ without Core
/// Tools) from the current directory, with the tool's settings: what scripts/run-local.sh starts.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public static Command Create(CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => DefaultUrls };
        var serve = new Command("serve", "Run the app locally: webhooks under /api, queue and timer functions on the WebJobs SDK (needs storage: Azurite or AzureWebJobsStorage).") { urls };
        serve.SetAction(async (result, ct) =>
        {
            var app = LocalHostApp.Build(["--urls", result.GetValue(urls)!, "--contentRoot", cli.ContentRoot],
                builder => builder.Configuration.AddConfiguration(cli.Settings));
            try
            {
                await cli.Output.WriteLineAsync($"Product Ops on {result.GetValue(urls)} (POST /api/github/webhook, POST /api/jira/webhook, GET /api/health). Ctrl+C stops it.");
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested || app.Lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Ctrl+C before the app had finished starting (e.g. while it waited for storage): a clean stop.
                return ExitCodes.Ok;
            }
            catch (IOException e)
            {
                await cli.Errors.WriteLineAsync($"Could not listen on {result.GetValue(urls)}: {e.Message}. Is another app on that port? Use --urls.");
                return ExitCodes.Failure;
            }
            finally
            {
                await app.DisposeAsync();
            }
        });
        return serve;
    }
}
