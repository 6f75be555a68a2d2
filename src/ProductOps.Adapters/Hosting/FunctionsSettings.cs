using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using System.Text.Json.Nodes;

namespace ProductOps.Hosting;

/// <summary>
/// Brings the two files Azure Functions users already keep into the app's configuration when it
/// runs without the Functions host: <c>host.json</c> (as <c>AzureFunctionsJobHost:*</c>, the same
/// keys the host reads, so <c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c>
/// overrides it the same way) and the <c>Values</c> of <c>local.settings.json</c>.
/// Both sit below environment variables.
/// </summary>
public static class FunctionsSettings
{
    /// <param name="localSettingsFile">Another file than <c>local.settings.json</c> in <paramref name="contentRoot"/> (the CLI's <c>--settings</c>).</param>
    public static void AddTo(ConfigurationManager configuration, string contentRoot, string? localSettingsFile = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var hostJson = Path.Combine(contentRoot, "host.json");
        if (!File.Exists(hostJson))
        {
            // Run from a folder of the user's (productops serve from an installed tool): the host.json
            // shipped next to the app, so queue settings and log levels are the repository's.
            hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        }
        if (File.Exists(hostJson))
        {
            var host = JsonNode.Parse(File.ReadAllText(hostJson));
            Flatten(host, "AzureFunctionsJobHost", values);

            // host.json's log levels govern the handler's own logging too (the host cannot filter
            // what the handler process decides to write), e.g. Microsoft.AspNetCore at Warning.
            if (host?["logging"]?["logLevel"] is JsonObject levels)
            {
                foreach (var (category, level) in levels)
                {
                    values[$"Logging:LogLevel:{(category == "default" ? "Default" : category)}"] = level?.ToString();
                }
            }
        }

        var localSettings = localSettingsFile ?? Path.Combine(contentRoot, "local.settings.json");
        if (File.Exists(localSettings) && JsonNode.Parse(File.ReadAllText(localSettings))?["Values"] is JsonObject settings)
        {
            foreach (var (key, value) in settings)
            {
                values[key.Replace("__", ":")] = value?.ToString();
            }
        }

        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = values });
    }

    private static void Flatten(JsonNode? node, string prefix, Dictionary<string, string?> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Flatten(child, $"{prefix}:{key}", values);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{prefix}:{i}", values);
                }
                break;
            default:
                values[prefix] = node?.ToString();
                break;
        }
    }
}
