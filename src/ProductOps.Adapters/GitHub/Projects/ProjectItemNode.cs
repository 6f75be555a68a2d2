namespace ProductOps.GitHub.Projects;

public sealed record ProjectItemNode(string Id, string? Type, bool IsArchived, ProjectNode? Project, ContentNode? Content, Connection<FieldValueNode>? FieldValues);
