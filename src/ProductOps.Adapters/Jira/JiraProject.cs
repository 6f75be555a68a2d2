namespace ProductOps.Jira;

public sealed record JiraProject(string Key, string? Id, string? Name);
