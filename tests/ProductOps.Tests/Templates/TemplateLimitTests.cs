using System.Globalization;
using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.Templates;
using ProductOps.WorkItems;
using Scriban.Runtime;

namespace ProductOps.Tests.Templates;

/// <summary>
/// The sandbox's loop limit is Scriban's default plus the model's own lists (TemplateSandbox.LoopLimitFor), and its
/// output limit is an error, never a silently cut page.
/// </summary>
public sealed class TemplateLimitTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Fact]
    public void The_html_page_of_a_10000_item_board_is_written_whole()
    {
        // Before: Scriban's output limit defaulted to LimitToString (100,000 characters) and cut the page there.
        var html = RoadmapRenderer.Html(RoadmapBuilder.Build(Board(10_000), RoadmapConfig.Defaults, "o/r"));

        Assert.True(html.Length > 1_000_000, $"{html.Length} characters");
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("issues/10000\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_roadmap_of_a_10000_item_board_renders_within_the_limits()
    {
        var markdown = RoadmapRenderer.Markdown(RoadmapBuilder.Build(Board(10_000), RoadmapConfig.Defaults, "o/r"));

        Assert.True(markdown.Length <= RoadmapRenderer.MaxMarkdownLength, $"{markdown.Length} characters");
        Assert.Contains("## Value vs effort", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(1100, false)]
    public void A_loop_over_anything_but_the_model_stops_near_Scribans_default_limit(int steps, bool renders)
    {
        var model = new ScriptObject { ["rows"] = new ScriptArray(Enumerable.Range(0, 10)) };

        var result = Parse($"{{{{ for i in 1..{steps} }}}}x{{{{ end }}}}").Render(model, Limit);

        Assert.Equal(renders, result.Text is not null);
        Assert.True(renders || result.Error!.Message.Contains("limit", StringComparison.OrdinalIgnoreCase), result.Error?.Message);
    }

    [Fact]
    public void A_template_may_walk_every_list_of_a_large_model_twice_in_one_nest()
    {
        var groups = new ScriptArray(Enumerable.Range(0, 20).Select(g => new ScriptObject { ["rows"] = new ScriptArray(Enumerable.Range(0, 1000)) }));
        var template = Parse("{{ n = 0; for g in groups; for r in g.rows; n = n + 1; end; for r in g.rows; n = n + 1; end; end; n }}");

        var result = template.Render(new ScriptObject { ["groups"] = groups }, Limit);

        Assert.Equal("40000", result.Text);
    }

    [Fact]
    public void Output_beyond_the_limit_is_an_error_not_a_cut_text()
    {
        var model = new ScriptObject
        {
            ["rows"] = new ScriptArray(Enumerable.Range(0, 200)),
            ["block"] = new string('x', 99_000),
        };

        var result = Parse("{{ for r in rows }}{{ block }}{{ end }}").Render(model, Limit);

        Assert.Null(result.Text);
        Assert.Contains("limit", result.Error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static SandboxedTemplate Parse(string text) => SandboxedTemplate.Parse(text, "t.scriban").Template!;

    private static IEnumerable<ItemRecord> Board(int items) => Enumerable.Range(1, items).Select(i => new ItemRecord
    {
        Key = new("github", "o/r", i.ToString(CultureInfo.InvariantCulture)),
        Title = "An item with a title of a usual length, number " + i,
        Url = "https://github.com/o/r/issues/" + i,
        Phase = (i % 3) switch { 0 => "beta", 1 => "discovery", _ => "alpha" },
        Score = new ScoreSnapshot(i % 50, new Dictionary<string, double> { ["value"] = i % 7 + 1, ["effort"] = i % 5 + 1 }),
    });
}
