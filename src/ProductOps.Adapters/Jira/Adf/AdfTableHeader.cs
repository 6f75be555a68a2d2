namespace ProductOps.Jira.Adf;

public sealed record AdfTableHeader(IReadOnlyList<AdfNode> Content) : AdfNode;
