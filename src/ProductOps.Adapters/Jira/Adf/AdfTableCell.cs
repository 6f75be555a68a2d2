namespace ProductOps.Jira.Adf;

public sealed record AdfTableCell(IReadOnlyList<AdfNode> Content) : AdfNode;
