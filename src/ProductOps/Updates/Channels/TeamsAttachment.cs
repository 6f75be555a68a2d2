using System.Text.Json.Serialization;

namespace ProductOps.Updates.Channels;

public sealed record TeamsAttachment(string ContentType, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContentUrl, AdaptiveCard Content);
