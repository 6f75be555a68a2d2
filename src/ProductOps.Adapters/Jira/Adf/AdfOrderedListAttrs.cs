namespace ProductOps.Jira.Adf;

public sealed record AdfOrderedListAttrs(int Order);
