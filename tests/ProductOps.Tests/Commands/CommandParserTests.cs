using ProductOps.Commands;

namespace ProductOps.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/kpi activation 47%", "kpi|activation 47%")]
    [InlineData("Shipped last week.\n/outcome 4.5\nThanks!", "outcome|4.5")]
    [InlineData("/KPI activation 47\r\n/outcome up three points", "kpi|activation 47;outcome|up three points")]
    [InlineData("  /outcome indented by two spaces is still a command", "outcome|indented by two spaces is still a command")]
    [InlineData("/score", "score|")]
    [InlineData("```\n/kpi activation 1\n```\n/kpi activation 2", "kpi|activation 2")]
    [InlineData("~~~~md\n/kpi activation 1\n~~~\n/kpi activation 1\n~~~~\n/outcome 3", "outcome|3")]
    [InlineData("> /kpi activation 1\n>/outcome 2", "")]
    [InlineData("Example:\n\n    /kpi activation 1\n    /outcome 2\n\nDone.", "")]
    [InlineData("a paragraph\n    /outcome 2 continues the paragraph", "")]
    [InlineData("Use `/kpi activation 1` like this", "")]
    [InlineData("see https://example.com/kpi", "")]
    [InlineData("- /kpi activation 1", "")]
    public void Commands_are_lines_that_start_with_a_slash_outside_code_and_quotes(string comment, string expected)
    {
        var found = CommandParser.Parse(comment).Select(c => $"{c.Name}|{c.Arguments}");

        Assert.Equal(expected, string.Join(";", found));
    }

    [Fact]
    public void A_comment_runs_at_most_ten_commands() =>
        Assert.Equal(CommandParser.MaxCommands, CommandParser.Parse(string.Join("\n", Enumerable.Repeat("/outcome 1", 50))).Count);
}
