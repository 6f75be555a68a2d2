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
    /// <summary>
    /// Runs it as a terminal shows it: what it prints and its errors in one text, at the console's default width.
    /// </summary>
    public static async Task<(int Code, string Output)> PrintedAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        var code = await ProductOpsCli.RunAsync(args, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), console, text);
        return (code, text.ToString());
    }
}

internal sealed record CliResult(int Code, string Output, string Errors)
{
    /// <summary>The error output's lines, blank ones left out.</summary>
    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
