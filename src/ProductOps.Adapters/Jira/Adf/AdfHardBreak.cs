namespace ProductOps.Jira.Adf;

public sealed record AdfHardBreak : AdfNode;
