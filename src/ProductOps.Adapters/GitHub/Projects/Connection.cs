namespace ProductOps.GitHub.Projects;

public sealed record Connection<T>(IReadOnlyList<T?>? Nodes, PageInfo? PageInfo);
