namespace ProductOps.GitHub.Projects;

public sealed record ItemHolder(ItemId? ProjectV2Item);
