namespace ProductOps.Jira.Adf;

public sealed record AdfHeading(AdfHeadingAttrs Attrs, IReadOnlyList<AdfNode> Content) : AdfNode;
