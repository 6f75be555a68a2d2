using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops</c>: <c>serve</c>, <c>doctor</c>, <c>backfill github|jira</c>, <c>digest send|preview</c>,
/// <c>roadmap render</c> and <c>preview</c> (docs/cli.md). Every failure is one line with its cause
/// and what to do; exit codes are <see cref="ExitCodes"/>.
/// </summary>
public static class ProductOpsCli
{
    /// <summary>Runs with settings already read (tests pass their own); content root is the current directory.</summary>
    public static Task<int> RunAsync(string[] args, IConfiguration settings, IAnsiConsole console, TextWriter output, CancellationToken ct = default) =>
        RunAsync(args, new CliContext(settings, Environment.CurrentDirectory, console, output), ct);

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken ct = default)
    {
        var options = new CommonOptions();
        var root = new RootCommand("Product Ops command-line tool: check the setup, fill the board index, send digests. Exit codes: 0 ok, 1 failure, 2 usage, 130 cancelled.")
        {
            options.Verbose,
            options.Settings,
            DoctorCommand.Create(cli, options),
            BackfillCommands.Create(cli, options),
            DigestCommand.Create(cli, options),
            RoadmapRenderCommand.Create(cli, options),
            PreviewCommand.Create(cli, options),
            ServeCommand.Create(cli),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await cli.Errors.WriteLineAsync(error.Message);
            }
            await cli.Errors.WriteLineAsync("Run productops --help for usage.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = cli.Output, Error = cli.Errors, EnableDefaultExceptionHandler = false }, ct);
    }
}

/// <summary>Options every command takes.</summary>
internal sealed class CommonOptions
{
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show the app's log and, on failure, the exception with its stack trace.", Recursive = true };

    public Option<FileInfo?> Settings { get; } = new(CliSettings.Option) { Description = "A local.settings.json to read Values from (default: the one in the current directory).", Recursive = true };

    /// <summary>Runs <paramref name="action"/> over the app's services; a failure becomes one line and exit code 1.</summary>
    public void SetAction(Command command, CliContext cli, Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> action) =>
        command.SetAction(async (result, ct) =>
        {
            var verbose = result.GetValue(Verbose);
            try
            {
                await using var services = CliServices.Build(cli, verbose);
                return await action(result, services, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await cli.Errors.WriteLineAsync("Cancelled.");
                return ExitCodes.Cancelled;
            }
            catch (Exception e)
            {
                await cli.Errors.WriteLineAsync(CliErrors.Describe(e, cli.Settings));
                if (verbose)
                {
                    await cli.Errors.WriteLineAsync(e.ToString());
                }
                return ExitCodes.Failure;
            }
        });
}
