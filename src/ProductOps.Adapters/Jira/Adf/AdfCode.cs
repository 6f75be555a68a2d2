namespace ProductOps.Jira.Adf;

public sealed record AdfCode : AdfMark;
