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

    /// <summary>One command's answer: done (with an optional note) or the problem.</summary>
    public sealed record Answer(CommandLine Line, bool Ok, string Text);

    public static string NotPermitted(string author, string where) =>
        $"Commands are run only for people who can write to this {where}, so the commands in {MarkdownText.Code(author, 60)}'s comment were not run. " +
        "(Product Ops says this once per person on each item; see docs/commands.md.)\n";

    /// <param name="detail">Markdown shown after the list, such as the score breakdown of <c>/score explain</c>.</param>
    public static string Answers(string author, IReadOnlyList<Answer> answers, IEnumerable<ICommandHandler> handlers, string? detail = null)
    {
        var text = new StringBuilder()
            .Append("Commands in ").Append(MarkdownText.Code(author, 60)).Append("'s comment:\n\n");
        foreach (var answer in answers)
        {
            text.Append("- ").Append(MarkdownText.Code($"/{answer.Line.Name} {answer.Line.Arguments}".Trim(), 80)).Append(": ")
                .Append(answer.Ok ? ("done. " + answer.Text).TrimEnd() : answer.Text).Append('\n');
        }
        if (detail is not null)
        {
            text.Append('\n').Append(detail);
        }
        if (answers.All(a => a.Ok))
        {
            return text.ToString();
        }
        return text.Append("\nValid commands: ")
            .Append(string.Join(", ", handlers.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => MarkdownText.Code(h.Usage))))
            .Append(" (docs/commands.md).\n").ToString();
    }

    public static string Unknown(string name, IEnumerable<ICommandHandler> handlers) =>
        $"{MarkdownText.Code("/" + name, 40)} is not a Product Ops command.";
}
