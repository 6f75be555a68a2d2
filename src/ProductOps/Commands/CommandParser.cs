using System.Text.RegularExpressions;

namespace ProductOps.Commands;

/// <summary>
/// Finds the commands in a comment (docs/commands.md): a line that starts with <c>/name</c>. Lines in
/// fenced or indented code blocks and in quotes are not commands, so quoting or showing an example of
/// a command never runs it. Jira comments arrive here already turned into the same Markdown shape.
/// </summary>
public static partial class CommandParser
{
    /// <summary>Bounds the work one comment can ask for.</summary>
    public const int MaxCommands = 10;

    public static IReadOnlyList<CommandLine> Parse(string? text)
    {
        var commands = new List<CommandLine>();
        string? fence = null;
        var previousBlank = true;
        foreach (var raw in (text ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            var fenceMatch = Fence().Match(line);
            if (fence is not null)
            {
                // A fence closes with at least as many of the same characters (CommonMark 4.5).
                if (fenceMatch.Success && fenceMatch.Groups["info"].Value.Trim().Length == 0 &&
                    fenceMatch.Groups["fence"].Value[0] == fence[0] && fenceMatch.Groups["fence"].Value.Length >= fence.Length)
                {
                    fence = null;
                }
                continue;
            }
            if (fenceMatch.Success)
            {
                fence = fenceMatch.Groups["fence"].Value;
                continue;
            }

            // An indented code block can only start after a blank line (it cannot interrupt a paragraph).
            var indentedCode = previousBlank && (line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'));
            previousBlank = line.Trim().Length == 0;
            if (indentedCode)
            {
                previousBlank = true; // the code block continues on the next indented line
                continue;
            }

            var command = Command().Match(line);
            if (command.Success && commands.Count < MaxCommands)
            {
                commands.Add(new CommandLine(command.Groups["name"].Value.ToLowerInvariant(), command.Groups["args"].Value.Trim()));
            }
        }
        return commands;
    }

    // Up to three spaces, then ``` or ~~~ (CommonMark fenced code blocks).
    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex Fence();

    // Up to three spaces of indent, a slash and a lowercase word; quotes ("> /kpi") never match.
    [GeneratedRegex(@"^ {0,3}/(?<name>[A-Za-z][A-Za-z-]{0,30})(?:\s+(?<args>.*))?$")]
    private static partial Regex Command();
}
