using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ProjectItemData))]
[JsonSerializable(typeof(IssueProjectItemsData))]
[JsonSerializable(typeof(ProjectItemsPageData))]
[JsonSerializable(typeof(MutationData))]
[JsonSerializable(typeof(ProjectsV2ItemPayload))]
internal sealed partial class ProjectJson : JsonSerializerContext;
