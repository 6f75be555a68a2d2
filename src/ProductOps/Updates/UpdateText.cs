using System.Text;

namespace ProductOps.Updates;

/// <summary>
/// Makes untrusted text (titles, labels, names) inert in each dialect before a template sees it:
/// no live @mention, no link or HTML injected, no formatting that escapes its place.
/// Markdown: CommonMark backslash escapes (GitHub, and Markdig for Jira's ADF). Slack: <c>&amp;</c>,
/// <c>&lt;</c>, <c>&gt;</c> as Slack asks (https://api.slack.com/reference/surfaces/formatting#escaping),
/// which also disarms <c>&lt;!channel&gt;</c> and <c>&lt;@U…&gt;</c>. Teams: Markdown escapes, and no
/// <c>&lt;at&gt;</c> tag survives. A zero-width space after "@" keeps a copied name from mentioning anyone.
/// </summary>
public static class UpdateText
{
    private const string MarkdownSpecials = "\\`*_[]()<>#|~!";

    public static string Escape(string text, TextDialect dialect)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append(' ');
                continue;
            }
            if (c == '@')
            {
                builder.Append("@\u200B");
                continue;
            }

            switch (dialect)
            {
                case TextDialect.Slack:
                    builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
                    break;
                case TextDialect.Teams when c == '<':
                    builder.Append("<\u200B");
                    break;
                default:
                    if (MarkdownSpecials.Contains(c))
                    {
                        builder.Append('\\');
                    }
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A link in the dialect, or just the text when the address is not http(s).</summary>
    public static string Link(string? url, string text, TextDialect dialect)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return text;
        }

        // Characters that would end the address early in each syntax are percent-encoded.
        var address = uri.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace("|", "%7C").Replace("<", "%3C").Replace(">", "%3E").Replace(" ", "%20");
        return dialect == TextDialect.Slack ? $"<{address}|{text}>" : $"[{text}]({address})";
    }

    /// <summary>
    /// A heading: Slack's mrkdwn has none, so it is bold there; Markdown and Teams keep "## " (the Teams
    /// channel turns that line into a large, bold Adaptive Card TextBlock).
    /// </summary>
    public static string Heading(string text, TextDialect dialect) =>
        text.Length == 0 ? "" : dialect == TextDialect.Slack ? $"*{text}*" : $"## {text}";

    public static string Bold(string text, TextDialect dialect) =>
        text.Length == 0 ? "" : dialect == TextDialect.Slack ? $"*{text}*" : $"**{text}**";

    /// <summary>
    /// An @mention, only where one can work and only when a template asks for it: a GitHub comment and
    /// a valid GitHub login. Everywhere else the name is shown as plain (escaped) text.
    /// </summary>
    public static string Mention(string name, TextDialect dialect, bool mentions)
    {
        var login = name.Replace("\u200B", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).TrimStart('@');
        var valid = login.Length is > 0 and <= 39 && login.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && !login.StartsWith('-');
        return mentions && valid ? "@" + login : name;
    }
}
