using System.Text.Json.Serialization;

namespace ProductOps.Jira;

/// <summary>
/// One changed field. <see cref="Field"/> is the field's name ("labels", "status", "Reach"),
/// <see cref="FieldId"/> its id ("customfield_10050"). For labels, <see cref="FromText"/> and
/// <see cref="ToText"/> hold space-separated label lists and From/To are null.
/// </summary>
public sealed record JiraChangeItem
{
    public required string Field { get; init; }

    [JsonPropertyName("fieldtype")]
    public string? FieldType { get; init; }

    public string? FieldId { get; init; }
    public string? From { get; init; }

    [JsonPropertyName("fromString")]
    public string? FromText { get; init; }

    public string? To { get; init; }

    [JsonPropertyName("toString")]
    public string? ToText { get; init; }
}
