using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ProductOps.Jira;

/// <summary>
/// A Jira comment body as lines the command parser reads: code, preformatted and quoted parts are dropped,
/// since commands there are examples, not commands. Webhook bodies are wiki markup strings; REST v3 bodies are ADF.
/// </summary>
internal static partial class JiraCommentText
{
    public static string Of(JsonElement? body) => body switch
    {
        { ValueKind: JsonValueKind.String } text => FromWiki(text.GetString() ?? ""),
        { ValueKind: JsonValueKind.Object } adf => FromAdf(adf),
        _ => "",
    };

    // {code}, {noformat} and {quote} blocks, and "bq." lines: https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa
    private static string FromWiki(string wiki) =>
        QuoteLine().Replace(Block().Replace(wiki, "\n"), "");

    private static string FromAdf(JsonElement doc)
    {
        var text = new StringBuilder();
        if (!doc.TryGetProperty("content", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return "";
        }
        foreach (var block in blocks.EnumerateArray())
        {
            // Only top-level paragraphs: codeBlock, blockquote, panels and lists hold no commands.
            if (block.TryGetProperty("type", out var type) && type.GetString() == "paragraph" &&
                block.TryGetProperty("content", out var inline) && inline.ValueKind == JsonValueKind.Array)
            {
                foreach (var node in inline.EnumerateArray())
                {
                    var kind = node.TryGetProperty("type", out var k) ? k.GetString() : null;
                    var code = node.TryGetProperty("marks", out var marks) && marks.ValueKind == JsonValueKind.Array &&
                        marks.EnumerateArray().Any(m => m.TryGetProperty("type", out var t) && t.GetString() == "code");
                    if (kind == "hardBreak")
                    {
                        text.Append('\n');
                    }
                    else if (kind == "text" && node.TryGetProperty("text", out var value))
                    {
                        text.Append(code ? "`" + value.GetString() + "`" : value.GetString());
                    }
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\{(code|noformat|quote)(:[^}]*)?\}.*?\{\1\}", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"^\s*bq\..*$", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();
}
