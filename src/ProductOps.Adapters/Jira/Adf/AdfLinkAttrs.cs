namespace ProductOps.Jira.Adf;

public sealed record AdfLinkAttrs(string Href);
