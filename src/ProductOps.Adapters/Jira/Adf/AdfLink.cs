namespace ProductOps.Jira.Adf;

public sealed record AdfLink(AdfLinkAttrs Attrs) : AdfMark;
