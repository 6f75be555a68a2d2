using Markdig.Syntax.Inlines;

namespace ProductOps.Jira.Adf;

/// <summary>
/// Flattens Markdig's nested inlines into ADF text nodes with marks. Adjacent text with the same
/// marks is merged, because Markdig splits literals at every special character.
/// </summary>
internal sealed class AdfInlineWriter
{
    private static readonly string[] SafeSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    private readonly List<AdfNode> nodes = [];
    private readonly List<AdfMark> marks = [];

    public static List<AdfNode> Convert(ContainerInline? root)
    {
        var writer = new AdfInlineWriter();
        if (root is not null)
        {
            writer.WriteChildren(root);
        }

        // Dropped inline HTML at the end of a line leaves the space before it behind.
        if (writer.nodes is [.., AdfText last] && last.Text.TrimEnd() is var trimmed && trimmed.Length != last.Text.Length)
        {
            writer.nodes.RemoveAt(writer.nodes.Count - 1);
            if (trimmed.Length > 0)
            {
                writer.nodes.Add(last with { Text = trimmed });
            }
        }

        return writer.nodes;
    }

    private void WriteChildren(ContainerInline container)
    {
        foreach (var inline in container)
        {
            Write(inline);
        }
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Text(literal.Content.ToString());
                break;
            case CodeInline code:
                Text(code.Content, isCode: true);
                break;
            case EmphasisInline emphasis:
                WithMark(MarkFor(emphasis), () => WriteChildren(emphasis));
                break;
            case LinkInline link:
                var href = SafeHref(link.GetDynamicUrl?.Invoke() ?? link.Url);
                WithMark(href is null ? null : new AdfLink(new AdfLinkAttrs(href)), () =>
                {
                    var before = nodes.Count;
                    WriteChildren(link);
                    if (nodes.Count == before && href is not null)
                    {
                        Text(href);
                    }
                });
                break;
            case AutolinkInline autolink:
                var target = SafeHref(autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url);
                WithMark(target is null ? null : new AdfLink(new AdfLinkAttrs(target)), () => Text(autolink.Url));
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    nodes.Add(new AdfHardBreak());
                }
                else
                {
                    Text(" ");
                }

                break;
            case HtmlEntityInline entity:
                Text(entity.Transcoded.ToString());
                break;
            case HtmlInline:
                break; // raw HTML and HTML comments are never shown as text
            case ContainerInline container:
                WriteChildren(container);
                break;
        }
    }

    private static AdfMark? MarkFor(EmphasisInline emphasis) => emphasis switch
    {
        { DelimiterChar: '~' } => new AdfStrike(),
        { DelimiterCount: >= 2 } => new AdfStrong(),
        _ => new AdfEm(),
    };

    private void WithMark(AdfMark? mark, Action write)
    {
        if (mark is null)
        {
            write();
            return;
        }

        marks.Add(mark);
        write();
        marks.RemoveAt(marks.Count - 1);
    }

    private void Text(string text, bool isCode = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        // ADF: the code mark may only be combined with link.
        List<AdfMark> active = isCode ? [.. marks.OfType<AdfLink>(), new AdfCode()] : [.. marks.Distinct()];
        IReadOnlyList<AdfMark>? textMarks = active.Count == 0 ? null : active;

        if (nodes.Count > 0 && nodes[^1] is AdfText previous && SameMarks(previous.Marks, textMarks))
        {
            nodes[^1] = previous with { Text = previous.Text + text };
            return;
        }

        nodes.Add(new AdfText(text, textMarks));
    }

    private static bool SameMarks(IReadOnlyList<AdfMark>? a, IReadOnlyList<AdfMark>? b) =>
        (a ?? []).SequenceEqual(b ?? []);

    /// <summary>Only absolute http(s) and mailto links: Jira cannot resolve relative ones, and others are unsafe.</summary>
    private static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme) ? url : null;
}
