using ProductOps.GitHub;

namespace ProductOps.Tests.GitHub;

public sealed class IssueFormParserTests
{
    [Fact]
    public void Issue_form_sections_become_named_fields()
    {
        const string body = "### Reach\n\n500\n\n### Impact\n\nHigh\n\n### Confidence\n\n80%\r\n\r\n### Effort\n\nM\n";

        var fields = IssueFormParser.Parse(body);

        Assert.Equal("500", fields["Reach"]);
        Assert.Equal("High", fields["impact"]);
        Assert.Equal("80%", fields["Confidence"]);
        Assert.Equal("M", fields["Effort"]);
    }

    [Fact]
    public void An_unanswered_section_is_absent_not_empty()
    {
        var fields = IssueFormParser.Parse("### Reach\n\n_No response_\n\n### Effort\n\nS");

        Assert.False(fields.ContainsKey("Reach"));
        Assert.Equal("S", fields["Effort"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("It looks like you accidently spelled 'commit' with two 't's.")]
    public void A_body_without_sections_has_no_fields(string? body)
    {
        Assert.Empty(IssueFormParser.Parse(body));
    }

    [Fact]
    public void A_repeated_heading_keeps_its_first_answer()
    {
        Assert.Equal("1", IssueFormParser.Parse("### Reach\n\n1\n\n### Reach\n\n2")["Reach"]);
    }
}
