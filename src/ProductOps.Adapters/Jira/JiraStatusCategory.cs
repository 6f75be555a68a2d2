namespace ProductOps.Jira;

/// <summary>Category keys are "new", "indeterminate" and "done"; only the category is stable across workflows.</summary>
public sealed record JiraStatusCategory(string Key, string? Name);
