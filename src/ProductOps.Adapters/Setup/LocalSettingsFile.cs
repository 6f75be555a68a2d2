using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProductOps.Setup;

/// <summary>
/// Writes values into <c>local.settings.json</c>'s <c>Values</c>, keeping every other value and key
/// (the file is created from nothing when missing). Written to a temporary file and moved over the
/// old one, so a crash never leaves half a file.
/// </summary>
public static class LocalSettingsFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task SetValuesAsync(string path, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var root = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path, ct)) as JsonObject : null;
        root ??= new JsonObject { ["IsEncrypted"] = false };
        if (root["Values"] is not JsonObject settings)
        {
            settings = new JsonObject();
            root["Values"] = settings;
        }
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, root.ToJsonString(Indented), ct);
        File.Move(temporary, path, overwrite: true);
    }
}
