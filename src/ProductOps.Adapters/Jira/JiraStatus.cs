namespace ProductOps.Jira;

public sealed record JiraStatus(string Name, JiraStatusCategory? StatusCategory);
