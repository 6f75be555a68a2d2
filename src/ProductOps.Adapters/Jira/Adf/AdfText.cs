namespace ProductOps.Jira.Adf;

/// <summary>Text may not be empty in ADF; <see cref="Marks"/> is left out when there are none.</summary>
public sealed record AdfText(string Text, IReadOnlyList<AdfMark>? Marks = null) : AdfNode;
