using System.Text;
using System.Text.Json;

namespace ProductOps.Jira.Adf;

/// <summary>
/// Reads the text out of a Jira rich-text value: ADF (REST v3) or a plain string (webhook payloads
/// render descriptions as v2 strings). Used for work-item bodies, which rules only ever read as text.
/// </summary>
public static class AdfPlainText
{
    public static string From(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { ValueKind: JsonValueKind.Object } v => FromDocument(v),
        _ => "",
    };

    private static string FromDocument(JsonElement node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString().TrimEnd('\n');
    }

    private static void Append(JsonElement node, StringBuilder text)
    {
        var type = node.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "text":
                text.Append(node.TryGetProperty("text", out var s) ? s.GetString() : null);
                return;
            case "hardBreak":
                text.Append('\n');
                return;
            case "mention" or "emoji" or "inlineCard" or "status":
                // Inline nodes that keep their visible text (or URL) in attrs.
                if (node.TryGetProperty("attrs", out var attrs))
                {
                    text.Append(Attr(attrs, "text") ?? Attr(attrs, "shortName") ?? Attr(attrs, "url"));
                }

                return;
        }

        if (!node.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var child in content.EnumerateArray())
        {
            Append(child, text);
        }

        // Every node with content other than the document's inline runs is a block: end its line.
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static string? Attr(JsonElement attrs, string name) =>
        attrs.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
