using System.Text;
using ProductOps.Cli;
using Spectre.Console;

// Settings are read the way the app reads them: environment variables over the Values of
// local.settings.json in the current directory (or --settings FILE).
var file = CliSettings.FileFrom(args);
if (file is not null && !File.Exists(file))
{
    await Console.Error.WriteLineAsync($"No settings file at {file}: check --settings.");
    return ExitCodes.Usage;
}

Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var root = file is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(file))!;
var settings = CliSettings.Load(root, file, Environment.GetEnvironmentVariables());
var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // No terminal to wrap at (piped, a CI log): Spectre would wrap at 80 columns and split the
    // one-line checks and errors the docs promise.
    console.Profile.Width = 1000;
}
return await ProductOpsCli.RunAsync(args, new CliContext(settings, root, console, Console.Out, Console.Error), cancel.Token);
