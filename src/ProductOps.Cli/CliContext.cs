using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>What every command gets: the settings, where relative paths start, and where to write.</summary>
public sealed record CliContext(IConfiguration Settings, string ContentRoot, IAnsiConsole Console, TextWriter Output, TextWriter? Error = null)
{
    public TextWriter Errors => Error ?? Output;
}
