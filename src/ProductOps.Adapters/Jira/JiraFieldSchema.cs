namespace ProductOps.Jira;

public sealed record JiraFieldSchema(string? Type, string? Custom);
