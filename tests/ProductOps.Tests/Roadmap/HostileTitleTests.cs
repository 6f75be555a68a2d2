using ProductOps.Roadmap;

namespace ProductOps.Tests.Roadmap;

/// <summary>Untrusted titles (DESIGN.md): no mentions, no HTML, no broken tables, no template code, in every target.</summary>
public sealed class HostileTitleTests
{
    private static readonly string Markdown = RoadmapRenderer.Markdown(RoadmapFixtures.Page("hostile"));
    private static readonly string Html = RoadmapRenderer.Html(RoadmapFixtures.Page("hostile"));

    [Fact]
    public void No_mention_in_the_Markdown_can_notify_anyone()
    {
        Assert.DoesNotContain("@org/team", Markdown);
        Assert.DoesNotContain("@octocat", Markdown);
        Assert.Contains("@\u200Dorg/team", Markdown);
    }

    [Theory]
    [InlineData("<script")]
    [InlineData("<img")]
    [InlineData("<b>")]
    [InlineData("<i>")]
    [InlineData("](javascript:")]
    [InlineData("[x](")]
    public void The_Markdown_holds_no_raw_HTML_or_links_from_titles_only_their_escaped_text(string fragment)
    {
        // GFM shows a backslash-escaped character as itself: "\<script" is text, never a tag.
        Assert.DoesNotMatch(@"(?<!\\)" + System.Text.RegularExpressions.Regex.Escape(fragment[..1]) + System.Text.RegularExpressions.Regex.Escape(fragment[1..]), Markdown);
        Assert.Contains("\\" + fragment[..1], Markdown);
    }

    [Fact]
    public void Every_table_row_in_the_Markdown_keeps_its_six_columns_whatever_pipes_titles_hold()
    {
        var rows = Markdown.Split('\n').Where(l => l.StartsWith("| [#", StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Equal(7, row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Theory]
    [InlineData("{{ 7 * 7 }}", "49")]
    [InlineData("{{ 1 + 1 }}", "2")]
    public void Template_code_in_a_title_is_shown_as_text_and_never_runs(string code, string result)
    {
        Assert.Contains(code.Replace("*", "\\*", StringComparison.Ordinal), Markdown);
        Assert.Contains(code.Replace("+", "&#x2B;", StringComparison.Ordinal), Html);
        Assert.DoesNotContain(" and " + result, Markdown);
    }

    [Theory]
    [InlineData("<script")]
    [InlineData("<img")]
    [InlineData("<b>")]
    [InlineData("onerror=\"")]
    [InlineData("href=\"javascript")]
    public void The_HTML_page_encodes_everything_from_titles(string fragment) => Assert.DoesNotContain(fragment, Html);

    [Fact]
    public void The_HTML_page_forbids_scripts_and_loads_nothing_from_elsewhere()
    {
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", Html);
        Assert.DoesNotContain("src=\"http", Html);
        Assert.DoesNotContain("<link", Html);
    }
}
