namespace ProductOps.Jira.Adf;

public sealed record AdfBulletList(IReadOnlyList<AdfNode> Content) : AdfNode;
