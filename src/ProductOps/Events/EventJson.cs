using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Events;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TrackerEvent))]
public sealed partial class EventJson : JsonSerializerContext;
