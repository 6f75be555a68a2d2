namespace ProductOps.Jira.Adf;

public sealed record AdfBlockquote(IReadOnlyList<AdfNode> Content) : AdfNode;
