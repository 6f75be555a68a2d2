using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using ProductOps.Hosting;

namespace ProductOps.Cli;

/// <summary>What every command gets: the settings, where relative paths start, and where to write.</summary>
public sealed record CliContext(IConfiguration Settings, string ContentRoot, IAnsiConsole Console, TextWriter Output, TextWriter? Error = null)
{
    public TextWriter Errors => Error ?? Output;
}

/// <summary>The app's own composition root (<see cref="ProductOpsServices.AddProductOps"/>): the tool wires nothing by hand.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(CliContext cli, bool verbose)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            // Quiet by default: the tool prints its own results; --verbose shows the app's log too.
            if (verbose)
            {
                logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);
            }
        });
        services.AddProductOps(cli.Settings, cli.ContentRoot);
        return services.BuildServiceProvider();
    }
}
