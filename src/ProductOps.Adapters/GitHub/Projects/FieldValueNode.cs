using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

public sealed record FieldValueNode(
    [property: JsonPropertyName("__typename")] string? TypeName,
    double? Number,
    string? Name,
    string? OptionId,
    string? Title,
    string? StartDate,
    int? Duration,
    string? IterationId,
    string? Date,
    string? Text,
    FieldNode? Field);
