using ProductOps.Jira.Adf;

namespace ProductOps.Jira;

/// <summary>Body of add comment (POST) and update comment (PUT); both accept <c>properties</c>.</summary>
public sealed record JiraCommentRequest(AdfDocument Body, IReadOnlyList<JiraEntityProperty>? Properties = null);
