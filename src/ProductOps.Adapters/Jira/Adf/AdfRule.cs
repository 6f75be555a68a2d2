namespace ProductOps.Jira.Adf;

public sealed record AdfRule : AdfNode;
