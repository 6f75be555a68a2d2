using System.Text;
using ProductOps.Scoring;

namespace ProductOps.Commands;

/// <summary>
/// The text of the one reply comment per item (marker <c>commands</c>), rewritten for the latest comment
/// that needs an answer. Names are code spans, so nobody is @-mentioned; user text is never live Markdown.
/// </summary>
public static class CommandReply
{
    public const string Marker = "commands";

    public static string NotPermitted(string author, string where) =>
        $"Commands are run only for people who can write to this {where}, so the commands in {MarkdownText.Code(author, 60)}'s comment were not run. " +
        "(Product Ops says this once per person on each item; see docs/commands.md.)\n";

    public static string Answers(string author, IReadOnlyList<(CommandLine Line, string? Problem)> answers, IEnumerable<ICommandHandler> handlers)
    {
        var text = new StringBuilder()
            .Append("Commands in ").Append(MarkdownText.Code(author, 60)).Append("'s comment:\n\n");
        foreach (var (line, problem) in answers)
        {
            text.Append("- ").Append(MarkdownText.Code($"/{line.Name} {line.Arguments}".Trim(), 80)).Append(": ")
                .Append(problem ?? "done.").Append('\n');
        }
        return text.Append("\nValid commands: ")
            .Append(string.Join(", ", handlers.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => MarkdownText.Code(h.Usage))))
            .Append(" (docs/commands.md).\n").ToString();
    }

    public static string Unknown(string name, IEnumerable<ICommandHandler> handlers) =>
        $"{MarkdownText.Code("/" + name, 40)} is not a Product Ops command.";
}
