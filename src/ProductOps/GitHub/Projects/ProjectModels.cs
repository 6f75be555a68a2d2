using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

// The GraphQL answers' "data", as far as Product Ops reads them.
// https://docs.github.com/graphql/reference/objects#projectv2item

public sealed record ProjectItemData(ProjectItemNode? Node);

public sealed record IssueProjectItemsData(IssueHolder? Repository);

public sealed record IssueHolder(IssueItems? Issue);

public sealed record IssueItems(Connection<ProjectItemNode>? ProjectItems);

public sealed record ProjectItemsPageData(ProjectHolder? Organization);

public sealed record ProjectHolder(ProjectNode? ProjectV2);

public sealed record ProjectNode(string Id, int Number, string? Title, Connection<FieldNode>? Fields, Connection<ProjectItemNode>? Items);

public sealed record ProjectItemNode(string Id, string? Type, bool IsArchived, ProjectNode? Project, ContentNode? Content, Connection<FieldValueNode>? FieldValues);

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

public sealed record FieldNode(string? Id, string? Name, string? DataType, IReadOnlyList<OptionNode>? Options);

public sealed record OptionNode(string Id, string Name);

public sealed record Connection<T>(IReadOnlyList<T?>? Nodes, PageInfo? PageInfo);

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed record LoginNode(string Login);

public sealed record NameNode(string Name);

public sealed record TitleNode(string? Title);

public sealed record CountNode(int TotalCount);

public sealed record RepositoryName(string NameWithOwner);

public sealed record MutationData(ItemHolder? UpdateProjectV2ItemFieldValue, ItemHolder? ClearProjectV2ItemFieldValue);

public sealed record ItemHolder(ItemId? ProjectV2Item);

public sealed record ItemId(string Id);

/// <summary>The parts of a <c>projects_v2_item</c> webhook payload Product Ops uses.</summary>
public sealed record ProjectsV2ItemPayload(
    string? Action,
    [property: JsonPropertyName("projects_v2_item")] ProjectsV2Item? Item,
    OrganizationRef? Organization,
    GitHubInstallation? Installation);

public sealed record ProjectsV2Item(
    [property: JsonPropertyName("node_id")] string? NodeId,
    [property: JsonPropertyName("project_node_id")] string? ProjectNodeId,
    [property: JsonPropertyName("content_node_id")] string? ContentNodeId,
    [property: JsonPropertyName("content_type")] string? ContentType);

public sealed record OrganizationRef(string Login);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ProjectItemData))]
[JsonSerializable(typeof(IssueProjectItemsData))]
[JsonSerializable(typeof(ProjectItemsPageData))]
[JsonSerializable(typeof(MutationData))]
[JsonSerializable(typeof(ProjectsV2ItemPayload))]
internal sealed partial class ProjectJson : JsonSerializerContext;
