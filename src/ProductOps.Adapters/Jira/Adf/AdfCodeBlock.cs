namespace ProductOps.Jira.Adf;

/// <summary>Text children carry no marks; an empty block has no content at all (text may not be empty).</summary>
public sealed record AdfCodeBlock(IReadOnlyList<AdfNode>? Content, AdfCodeBlockAttrs? Attrs = null) : AdfNode;
