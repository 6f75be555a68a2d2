using System.Text.Json.Serialization;

namespace ProductOps.Updates;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnnouncementModel))]
[JsonSerializable(typeof(RoadmapChangedModel))]
[JsonSerializable(typeof(DigestModel))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
