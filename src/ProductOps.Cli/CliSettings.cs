using System.Collections;
using Microsoft.Extensions.Configuration;
using ProductOps.Hosting;

namespace ProductOps.Cli;

/// <summary>
/// The tool's settings, read as the app reads them (<see cref="FunctionsSettings"/>): the
/// <c>Values</c> of <c>local.settings.json</c> (or <c>--settings FILE</c>) and <c>host.json</c>,
/// with environment variables over them (<c>GitHub__Token</c> is <c>GitHub:Token</c>).
/// </summary>
public static class CliSettings
{
    public const string Option = "--settings";

    public static IConfiguration Load(string contentRoot, string? settingsFile, IDictionary environment)
    {
        var configuration = new ConfigurationManager();
        FunctionsSettings.AddTo(configuration, contentRoot, settingsFile is null ? null : Path.GetFullPath(settingsFile));

        // As the environment-variables provider maps them: a double underscore is the section separator.
        var variables = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in environment)
        {
            variables[((string)entry.Key).Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = entry.Value as string;
        }
        configuration.AddInMemoryCollection(variables);
        return configuration;
    }

    /// <summary>The <c>--settings</c> value, read before parsing because the services depend on it.</summary>
    public static string? FileFrom(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == Option && i + 1 < args.Length)
            {
                return args[i + 1];
            }
            if (args[i].StartsWith(Option + "=", StringComparison.Ordinal))
            {
                return args[i][(Option.Length + 1)..];
            }
        }
        return null;
    }
}
