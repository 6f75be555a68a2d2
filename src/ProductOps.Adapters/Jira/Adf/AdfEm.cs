namespace ProductOps.Jira.Adf;

public sealed record AdfEm : AdfMark;
