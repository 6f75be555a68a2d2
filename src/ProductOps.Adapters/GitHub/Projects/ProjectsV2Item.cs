using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

public sealed record ProjectsV2Item(
    [property: JsonPropertyName("node_id")] string? NodeId,
    [property: JsonPropertyName("project_node_id")] string? ProjectNodeId,
    [property: JsonPropertyName("content_node_id")] string? ContentNodeId,
    [property: JsonPropertyName("content_type")] string? ContentType);
