using System.Text;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProductOps.Gates;

/// <summary>
/// Reads GitHub task lists (https://docs.github.com/get-started/writing-on-github/working-with-advanced-formatting/about-tasklists)
/// from a body with Markdig, so items inside code blocks or quotes of code are not mistaken for ticks.
/// </summary>
public static class Checklist
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseTaskLists().Build();

    public static IReadOnlyList<TaskItem> Read(string markdown)
    {
        var items = new List<TaskItem>();
        foreach (var paragraph in Markdown.Parse(markdown, Pipeline).Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is ListItemBlock && paragraph.Inline?.FirstChild is TaskList task)
            {
                items.Add(new TaskItem(Normalize(Text(paragraph.Inline)), task.Checked));
            }
        }

        return items;
    }

    /// <summary>The item matching <paramref name="text"/> (case and spacing ignored), or null when the body has none.</summary>
    public static TaskItem? Find(IReadOnlyList<TaskItem> items, string text)
    {
        var wanted = Normalize(text);
        // A ticked duplicate wins: a list copied twice with one copy ticked counts as done.
        return items.Where(i => string.Equals(i.Text, wanted, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.Ticked).FirstOrDefault();
    }

    private static string Text(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(nested, text);
                    break;
            }
        }
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
