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
    public static string Code(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
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
}
