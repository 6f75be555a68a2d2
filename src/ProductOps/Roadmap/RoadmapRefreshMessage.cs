using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Roadmap;

/// <summary>A <c>roadmap-refresh</c> queue message: which roadmap, and the installation to write with.</summary>
public sealed record RoadmapRefreshMessage(string Provider, string Container, string? Scope)
{
    public string ToJson() => JsonSerializer.Serialize(this, RoadmapJson.Default.RoadmapRefreshMessage);

    public static RoadmapRefreshMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, RoadmapJson.Default.RoadmapRefreshMessage) is { Provider.Length: > 0, Container.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RoadmapRefreshMessage))]
internal sealed partial class RoadmapJson : JsonSerializerContext;
