using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Jira;

/// <summary>Serializer settings shared by the REST client and the webhook parser.</summary>
internal static class JiraJson
{
    /// <summary>camelCase, case-insensitive reads, nulls left out of requests (Jira treats an absent key as "leave alone").</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JiraDateTimeConverter() },
    };
}

/// <summary>
/// Jira writes times as <c>2019-02-15T19:01:52.971-0800</c>: an offset without a colon, which
/// the default DateTimeOffset converter rejects. Also accepts ISO 8601 with a colon or "Z".
/// </summary>
internal sealed class JiraDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString() ?? throw new JsonException("Expected a date string."))
        ?? throw new JsonException("Not a Jira date-time.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));

    public static DateTimeOffset? Parse(string text)
    {
        // "...-0800" -> "...-08:00": the only difference from what DateTimeOffset understands.
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;
    }
}
