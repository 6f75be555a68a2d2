using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Jira;

/// <summary>
/// The system fields Product Ops reads, typed; every other field (custom fields above all) stays in
/// <see cref="Other"/> as raw JSON, because which fields exist and what they hold differs per site.
/// </summary>
public sealed record JiraIssueFields
{
    public string? Summary { get; init; }

    /// <summary>A string in webhook payloads (v2 rendering), an ADF document in REST v3 answers.</summary>
    public JsonElement? Description { get; init; }

    public IReadOnlyList<string>? Labels { get; init; }
    public JiraStatus? Status { get; init; }
    public JiraProject? Project { get; init; }
    public JiraUser? Assignee { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; init; } = [];
}
