namespace ProductOps.Jira.Adf;

public sealed record AdfStrike : AdfMark;
