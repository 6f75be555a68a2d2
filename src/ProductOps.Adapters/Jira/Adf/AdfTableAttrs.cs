namespace ProductOps.Jira.Adf;

public sealed record AdfTableAttrs(bool IsNumberColumnEnabled = false, string Layout = "default");
