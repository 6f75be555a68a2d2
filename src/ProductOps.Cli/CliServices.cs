using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProductOps.Hosting;

namespace ProductOps.Cli;

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
            else
            {
                // A dry run's result is its plan: the writes it would make are printed without --verbose too.
                logging.AddSimpleConsole(o => o.SingleLine = true)
                    .AddFilter((category, level) => category == typeof(Processing.DryRunSession).FullName && level >= LogLevel.Information);
            }
        });
        services.AddProductOps(cli.Settings, cli.ContentRoot);
        return services.BuildServiceProvider();
    }
}
