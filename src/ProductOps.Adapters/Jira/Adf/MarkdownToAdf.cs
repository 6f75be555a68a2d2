using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ProductOps.Jira.Adf;

/// <summary>
/// Converts the Markdown our templates produce into an ADF document for Jira comments and issue
/// bodies, walking Markdig's syntax tree. Raw HTML (blocks, inline tags, comments such as hidden
/// markers) is dropped, never emitted as text: Jira would show it literally.
/// </summary>
/// <remarks>
/// ADF is stricter than Markdown about nesting (https://developer.atlassian.com/cloud/jira/platform/apis/document/nodes/listItem/
/// and .../blockquote/): inside list items and quotes only paragraphs, lists and code blocks may
/// appear, so headings there become paragraphs and nested quotes are flattened.
/// </remarks>
public static class MarkdownToAdf
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    public static AdfDocument Convert(string markdown) =>
        new(Blocks(Markdown.Parse(markdown, Pipeline), nested: false));

    private static List<AdfNode> Blocks(ContainerBlock container, bool nested)
    {
        var result = new List<AdfNode>();
        foreach (var block in container)
        {
            AddBlock(block, nested, result);
        }

        return result;
    }

    private static void AddBlock(Block block, bool nested, List<AdfNode> into)
    {
        switch (block)
        {
            case HeadingBlock heading when !nested:
                into.Add(new AdfHeading(new AdfHeadingAttrs(heading.Level), AdfInlineWriter.Convert(heading.Inline)));
                break;
            case HtmlBlock:
            case LinkReferenceDefinitionGroup:
            case LinkReferenceDefinition:
                break;
            case CodeBlock code:
                into.Add(CodeBlock(code));
                break;
            case ThematicBreakBlock when !nested:
                into.Add(new AdfRule());
                break;
            case LeafBlock leaf:
                // Paragraphs, and headings where ADF allows none. An empty result (a paragraph that
                // held only an HTML tag) is dropped rather than written as an empty paragraph.
                var inlines = AdfInlineWriter.Convert(leaf.Inline);
                if (inlines.Count > 0)
                {
                    into.Add(new AdfParagraph(inlines));
                }

                break;
            case ListBlock list:
                into.Add(List(list));
                break;
            case QuoteBlock quote when !nested:
                var quoted = Blocks(quote, nested: true);
                if (quoted.Count > 0)
                {
                    into.Add(new AdfBlockquote(quoted));
                }

                break;
            case Table table when !nested:
                into.Add(Table(table));
                break;
            case ContainerBlock other:
                foreach (var child in other)
                {
                    AddBlock(child, nested, into);
                }

                break;
        }
    }

    private static AdfNode List(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>().Select(ListItem).ToList();
        if (!list.IsOrdered)
        {
            return new AdfBulletList(items);
        }

        var start = int.TryParse(list.OrderedStart, out var n) ? n : 1;
        return new AdfOrderedList(items, start == 1 ? null : new AdfOrderedListAttrs(start));
    }

    private static AdfNode ListItem(ListItemBlock item)
    {
        var content = Blocks(item, nested: true);
        if (content.Count == 0 || content[0] is not (AdfParagraph or AdfCodeBlock))
        {
            content.Insert(0, new AdfParagraph([]));
        }

        return new AdfListItem(content);
    }

    private static AdfNode CodeBlock(CodeBlock code)
    {
        var text = code.Lines.ToString();
        var language = (code as FencedCodeBlock)?.Info;
        return new AdfCodeBlock(
            text.Length == 0 ? null : [new AdfText(text)],
            string.IsNullOrWhiteSpace(language) ? null : new AdfCodeBlockAttrs(language));
    }

    private static AdfNode Table(Table table)
    {
        var rows = new List<AdfNode>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<AdfNode>();
            foreach (var cell in row.OfType<TableCell>())
            {
                // A table cell must hold at least one block.
                var content = Blocks(cell, nested: true);
                if (content.Count == 0)
                {
                    content.Add(new AdfParagraph([]));
                }

                cells.Add(row.IsHeader ? new AdfTableHeader(content) : new AdfTableCell(content));
            }

            rows.Add(new AdfTableRow(cells));
        }

        return new AdfTable(rows, new AdfTableAttrs());
    }
}
