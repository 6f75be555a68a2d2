namespace ProductOps.Jira;

public sealed record JiraChangelog(string? Id, IReadOnlyList<JiraChangeItem>? Items);
