namespace ProductOps.Jira.Adf;

public sealed record AdfStrong : AdfMark;
