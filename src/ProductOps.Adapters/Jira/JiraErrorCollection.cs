namespace ProductOps.Jira;

/// <summary>Jira's error body: <c>errorMessages</c> for the request, <c>errors</c> per field.</summary>
public sealed record JiraErrorCollection(
    IReadOnlyList<string>? ErrorMessages = null,
    IReadOnlyDictionary<string, string>? Errors = null);
