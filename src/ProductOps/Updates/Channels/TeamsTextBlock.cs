using System.Text.Json.Serialization;

namespace ProductOps.Updates.Channels;

public sealed record TeamsTextBlock(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextBlock";

    public bool Wrap => true;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Weight { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Size { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Spacing { get; init; }
}
