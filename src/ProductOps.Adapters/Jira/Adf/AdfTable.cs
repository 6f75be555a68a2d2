namespace ProductOps.Jira.Adf;

public sealed record AdfTable(IReadOnlyList<AdfNode> Content, AdfTableAttrs Attrs) : AdfNode;
