namespace ProductOps.Jira.Adf;

/// <summary><see cref="Attrs"/> is only written when the list does not start at 1.</summary>
public sealed record AdfOrderedList(IReadOnlyList<AdfNode> Content, AdfOrderedListAttrs? Attrs = null) : AdfNode;
