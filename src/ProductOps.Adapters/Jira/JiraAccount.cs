namespace ProductOps.Jira;

/// <summary>The parts of Jira's user record <c>productops doctor</c> shows.</summary>
public sealed record JiraAccount(string? AccountId, string? DisplayName, string? EmailAddress);
