namespace ProductOps.Jira;

public sealed record JiraUser(string? AccountId, string? DisplayName);
