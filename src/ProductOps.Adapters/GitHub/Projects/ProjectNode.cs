namespace ProductOps.GitHub.Projects;

public sealed record ProjectNode(string Id, int Number, string? Title, Connection<FieldNode>? Fields, Connection<ProjectItemNode>? Items);
