namespace ProductOps.GitHub.Projects;

public sealed record MutationData(ItemHolder? UpdateProjectV2ItemFieldValue, ItemHolder? ClearProjectV2ItemFieldValue);
