using System.Text.Json;
using ProductOps.Jira.Adf;
using ProductOps.Scoring;

namespace ProductOps.Jira;

/// <summary>
/// The text of a Jira field value, as scoring reads inputs: numbers and strings as they are,
/// select options by their value, users and other named objects by name, lists comma-joined.
/// Null (unset) stays null so that a missing input reads as "needs scoring", never as 0.
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put (field value shapes)
/// </summary>
internal static class JiraFieldText
{
    public static string? From(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            // Jira's Java serializer writes doubles as "8.0" and large ones as "1.0E7"; scales read plain numbers.
            JsonValueKind.Number => value.TryGetDouble(out var number) ? Numbers.Format(number) : value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Object => FromObject(value),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(From).OfType<string>()),
            _ => null,
        };

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? FromObject(JsonElement value)
    {
        if (value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "doc")
        {
            return AdfPlainText.From(value); // a rich-text (paragraph) custom field
        }

        foreach (var name in (string[])["value", "name", "displayName"])
        {
            if (value.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.String)
            {
                return part.GetString();
            }
        }

        return null;
    }
}
