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
return await ProductOpsCli.RunAsync(args, new CliContext(settings, root, AnsiConsole.Console, Console.Out, Console.Error), cancel.Token);
