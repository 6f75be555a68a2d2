namespace ProductOps.Jira.Adf;

/// <summary>ADF wants a paragraph (or code block) first in a list item; the converter guarantees it.</summary>
public sealed record AdfListItem(IReadOnlyList<AdfNode> Content) : AdfNode;
