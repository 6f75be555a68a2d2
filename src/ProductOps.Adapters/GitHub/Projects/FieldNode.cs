namespace ProductOps.GitHub.Projects;

public sealed record FieldNode(string? Id, string? Name, string? DataType, IReadOnlyList<OptionNode>? Options);
