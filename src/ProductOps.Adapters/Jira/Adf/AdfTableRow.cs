namespace ProductOps.Jira.Adf;

public sealed record AdfTableRow(IReadOnlyList<AdfNode> Content) : AdfNode;
