using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ProductOps.Roadmap;

/// <summary>
/// Makes untrusted text (titles, milestones, phase and gate names) safe for each target (DESIGN.md):
/// in Markdown no "@" mentions anyone (a zero-width joiner follows it), no raw HTML, link or emphasis
/// starts; in HTML
/// everything is encoded. Text is one line and capped in length in both. Emphasis, code, link, HTML,
/// strikethrough, math and table characters are backslash-escaped in Markdown.
/// </summary>
public static class RoadmapText
{
    public const int MaxLength = 200;
    private const string MarkdownSpecials = "\\`*_[]<>|~$";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Markdown(string? text)
    {
        var line = OneLine(text);
        var builder = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            if (c == '@')
            {
                builder.Append("@\u200D");
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else
            {
                if (MarkdownSpecials.Contains(c))
                {
                    builder.Append('\\');
                }
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static string Html(string? text) => Encoder.Encode(OneLine(text));

    /// <summary>An http(s) URL with the characters that could end a Markdown link or an attribute percent-encoded; anything else is dropped.</summary>
    public static string Url(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "";
        }
        var builder = new StringBuilder(url.Length + 8);
        foreach (var c in uri.AbsoluteUri)
        {
            builder.Append(c switch
            {
                '(' => "%28",
                ')' => "%29",
                '<' => "%3C",
                '>' => "%3E",
                '"' => "%22",
                '\'' => "%27",
                '`' => "%60",
                '|' => "%7C",
                ' ' => "%20",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Item ids in chart labels and anchors: letters, digits and dashes only.</summary>
    public static string Id(string id) => new(id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(40).ToArray());

    public static string Display(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars).Trim();
        if (line.Length <= MaxLength)
        {
            return line;
        }
        var cut = char.IsHighSurrogate(line[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return line[..cut] + "…";
    }
}
