using Microsoft.Extensions.Configuration;
using ProductOps.Cli;
using Spectre.Console;

namespace ProductOps.Tests.Cli;

/// <summary>Runs <c>productops</c> in-process with the given settings, capturing what it prints (stdout and stderr apart).</summary>
internal static class CliRun
{
    public static Task<CliResult> RunAsync(IDictionary<string, string?> settings, params string[] args) =>
        RunAsync(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Environment.CurrentDirectory, args);

    public static async Task<CliResult> RunAsync(IConfiguration settings, string contentRoot, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        console.Profile.Width = 400; // one checklist line per line, as on a wide terminal
        var code = await ProductOpsCli.RunAsync(args, new CliContext(settings, contentRoot, console, output, errors));
        return new CliResult(code, output.ToString(), errors.ToString());
    }
}

internal sealed record CliResult(int Code, string Output, string Errors)
{
    /// <summary>The error output's lines, blank ones left out.</summary>
    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
