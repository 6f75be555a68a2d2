using System.Text.Json.Serialization;

namespace ProductOps.Updates.Channels;

public sealed record AdaptiveCard(IReadOnlyList<TeamsTextBlock> Body)
{
    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    public string Version => "1.4";
}
