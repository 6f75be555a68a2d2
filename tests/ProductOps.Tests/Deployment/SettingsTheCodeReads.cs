using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ProductOps.GitHub;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Deployment;

/// <summary>
/// Every app setting the code reads, as environment-variable keys (<c>GitHub__Token</c>), with
/// <c>*</c> for a name the operator chooses (<c>Updates__Webhooks__*__Url</c>): the settings classes
/// bound from configuration (every class in the core with a <c>Section</c> constant), the keys read
/// directly, and README.md's settings table. Keys compare case-insensitively, as configuration does.
/// </summary>
internal static partial class SettingsTheCodeReads
{
    /// <summary>Keys read one by one (<c>configuration["..."]</c>) rather than through a settings class.</summary>
    public static readonly IReadOnlySet<string> ReadDirectly = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AzureWebJobsStorage",
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "OTEL_TRACES_SAMPLER", // TelemetryServices: set, the exporter's own sampling applies
        "Outcomes__KpiSchedule", // read by the host: the kpi-readings timer's %Outcomes:KpiSchedule%
    };

    /// <summary>Settings for a machine without the Functions host; never in a deployment.</summary>
    public static readonly IReadOnlyDictionary<string, string> LocalOnly = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["GitHub__AllowUnsignedWebhooks"] = "accepts unsigned deliveries: local experiments only",
        ["Jira__AllowUnsignedWebhooks"] = "accepts unsigned deliveries: local experiments only",
        ["LocalQueueListener__Enabled"] = "the local host's own queue listener",
        ["LocalQueueListener__MessageLease"] = "the local host's own queue listener",
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "set by the Functions host itself",
    };

    /// <summary>Settings the template leaves out on purpose, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotDeployed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureWebJobsStorage"] = "a connection string holds the account key; in Azure the app uses its identity (AzureWebJobsStorage__*)",
        ["AzureWebJobsStorage__accountName"] = "the template sets the three service URIs instead (right in every Azure cloud)",
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption takes the runtime from functionAppConfig and refuses this app setting",
        ["GitHub__ClientId"] = "written by the local /setup page for reference; the app never reads it",
        ["OTEL_TRACES_SAMPLER"] = "unset on purpose: every trace is kept; an operator sets it to sample",
        ["OTEL_TRACES_SAMPLER_ARG"] = "goes with OTEL_TRACES_SAMPLER",
        ["Jira__ConfigPath"] = "a file path; in Azure the same YAML goes into Jira__Config",
        ["Roadmap__AllowedJiraProjects__*__*"] = "Linux app setting names cannot hold '-'; the template sets Roadmap__AllowedJiraProjectsList",
        ["Roadmap__PagePrefixes__*"] = "Linux app setting names cannot hold '-'; the template sets Roadmap__PagePrefixesList",
        ["Jira__Projects__*__ConfigPath"] = "a file path; in Azure the same YAML goes into Jira__Projects__*__Config",
    };

    /// <summary>host.json's own overrides (<c>AzureFunctionsJobHost__...</c>): host.json holds their values.</summary>
    public static bool IsHostJsonOverride(string key) => key.StartsWith("AzureFunctionsJobHost__", StringComparison.OrdinalIgnoreCase);

    /// <summary>The keys of every settings class, each with its default as the app setting text (null: no default).</summary>
    public static IReadOnlyDictionary<string, string?> FromSettingsClasses()
    {
        var keys = new SortedDictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        // Settings classes live in the core (Roadmap, Updates, ...) and in the adapters (GitHub, Jira, Storage).
        var assemblies = new[] { typeof(ProductOps.Updates.UpdatesSettings).Assembly, typeof(GitHubSettings).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && !t.IsAbstract))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field)
            {
                Collect(type, ((string)field.GetRawConstantValue()!).Replace(":", "__"), Activator.CreateInstance(type), keys);
            }
        }
        return keys;
    }

    /// <summary>The keys in README.md's settings table; <c>`X__A`, `__B`</c> means X__A and X__B.</summary>
    public static IReadOnlySet<string> FromReadme()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var table = readme.SkipWhile(l => !l.StartsWith("## Settings", StringComparison.Ordinal))
            .SkipWhile(l => !l.StartsWith("| setting", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|'));
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table)
        {
            var previous = "";
            foreach (Match code in Code().Matches(row.Split('|')[1]))
            {
                var key = code.Groups[1].Value;
                key = key.StartsWith("__", StringComparison.Ordinal) ? previous[..previous.LastIndexOf("__", StringComparison.Ordinal)] + key : key;
                keys.Add(Placeholder().Replace(key, "*"));
                previous = key;
            }
        }
        return keys;
    }

    private static void Collect(Type type, string prefix, object? instance, IDictionary<string, string?> keys)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{prefix}__{property.Name}";
            var dictionary = property.PropertyType.GetInterfaces().Append(property.PropertyType)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
            if (dictionary is not null)
            {
                var values = dictionary.GetGenericArguments()[1];
                if (values == typeof(string))
                {
                    keys[$"{key}__*"] = null;
                }
                else if (typeof(IEnumerable).IsAssignableFrom(values))
                {
                    keys[$"{key}__*__*"] = null;
                }
                else
                {
                    Collect(values, $"{key}__*", null, keys);
                }
                continue;
            }
            keys[key] = instance is null ? null : Text(property.GetValue(instance));
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    [GeneratedRegex("`([A-Za-z_][A-Za-z0-9_<>]*)`")]
    private static partial Regex Code();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Placeholder();
}
