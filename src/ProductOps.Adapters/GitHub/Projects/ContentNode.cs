using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

public sealed record ContentNode(
    [property: JsonPropertyName("__typename")] string? TypeName,
    string? Id,
    long? Number,
    string? Title,
    string? Body,
    string? Url,
    string? State,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    LoginNode? Author,
    RepositoryName? Repository,
    Connection<NameNode>? Labels,
    Connection<LoginNode>? Assignees,
    TitleNode? Milestone,
    CountNode? Comments);
