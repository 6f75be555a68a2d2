using System.Text.Json;
using System.Text.Json.Serialization;
using Octokit.Webhooks.Converter;
using Octokit.Webhooks.Models.ProjectsV2ItemEvent;

namespace ProductOps.GitHub;

/// <summary>
/// Reads <c>changes.field_value.from</c> and <c>.to</c> of a <c>projects_v2_item.edited</c> delivery with
/// Octokit.Webhooks' own converter (a single-select option or iteration object, a text or date string, a
/// number, null), and skips any other kind of value instead of failing the whole delivery.
/// </summary>
/// <remarks>
/// The set of shapes grows with GitHub's field types: the package already names field types
/// (assignees, labels, reviewers) for which it has no value shape, and its converter throws on an array or
/// a boolean. Product Ops re-reads the item through GraphQL and never decides on these values, so a value
/// it cannot read must not send a delivery it could score to poison.
/// https://docs.github.com/webhooks/webhook-events-and-payloads#projects_v2_item
/// </remarks>
internal sealed class FieldValueChangeConverter : JsonConverter<ChangesFieldValueChangeBase>
{
    private static readonly ChangesFieldValueChangeConverter Package = new();

    public override ChangesFieldValueChangeBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null)
        {
            return Package.Read(ref reader, typeToConvert, options);
        }
        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, ChangesFieldValueChangeBase value, JsonSerializerOptions options) =>
        Package.Write(writer, value, options);
}
