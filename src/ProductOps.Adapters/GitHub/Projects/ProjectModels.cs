using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ProjectItemData))]
[JsonSerializable(typeof(IssueProjectItemsData))]
[JsonSerializable(typeof(ProjectItemsPageData))]
[JsonSerializable(typeof(MutationData))]
internal sealed partial class ProjectJson : JsonSerializerContext;
