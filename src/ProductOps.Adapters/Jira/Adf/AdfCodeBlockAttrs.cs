namespace ProductOps.Jira.Adf;

public sealed record AdfCodeBlockAttrs(string Language);
