namespace ProductOps.Jira;

public sealed record JiraIssueUpdate(IReadOnlyList<JiraLabelOperation>? Labels = null);
