namespace ProductOps.Jira.Adf;

public sealed record AdfHeadingAttrs(int Level);
