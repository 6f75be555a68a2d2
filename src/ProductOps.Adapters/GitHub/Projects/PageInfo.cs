namespace ProductOps.GitHub.Projects;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
