using System.Text;

namespace ProductOps.Scoring;

/// <summary>
/// Escaping for text that did not come from Product Ops (labels, field values, config keys) before it goes
/// into a comment. GitHub does not link @mentions inside code spans; the zero-width space after "@" keeps
/// that true when the text is copied somewhere else (DESIGN.md: nothing may @-mention people).
/// </summary>
public static class MarkdownText
{
    public const int MaxLength = 60;

    /// <summary>The text as a single-line code span, without backticks, control characters or live "@".</summary>
    public static string Code(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                if (char.IsHighSurrogate(builder[^1]))
                {
                    builder.Length--;
                }

                builder.Append('…');
                break;
            }

            builder.Append(c switch
            {
                '`' => "'",
                '@' => "@\u200B",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        var inner = builder.ToString().Trim();
        return inner.Length == 0 ? "` `" : $"`{inner}`";
    }

    /// <summary>A table cell: pipes escaped (GFM applies the escape inside code spans too), one line.</summary>
    public static string Cell(string markdown) =>
        markdown.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>Free text from elsewhere (a parser message) as plain Markdown: one line, no live "@", no code or HTML.</summary>
    public static string Plain(string text, int maxLength = 200)
    {
        var line = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Replace("`", "'", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("@", "@\u200B", StringComparison.Ordinal)
            .Trim();
        return line.Length > maxLength ? line[..maxLength] + "…" : line;
    }
}
