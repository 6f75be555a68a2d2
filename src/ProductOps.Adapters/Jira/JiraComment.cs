using System.Text.Json;

namespace ProductOps.Jira;

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/

/// <summary>A comment as Jira returns it. <see cref="Body"/> is ADF from REST v3 and a plain string in webhook payloads.</summary>
public sealed record JiraComment
{
    public required string Id { get; init; }
    public JsonElement? Body { get; init; }
    public JiraUser? Author { get; init; }

    /// <summary>Who last edited the comment: whoever wrote the commands an edit added.</summary>
    public JiraUser? UpdateAuthor { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Only present when asked for with <c>expand=properties</c>.</summary>
    public IReadOnlyList<JiraEntityProperty>? Properties { get; init; }
}
