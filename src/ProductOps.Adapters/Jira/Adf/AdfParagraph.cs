namespace ProductOps.Jira.Adf;

public sealed record AdfParagraph(IReadOnlyList<AdfNode> Content) : AdfNode;
