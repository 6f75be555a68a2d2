using ProductOps.Roadmap;
using ProductOps.Templates;
using Scriban.Runtime;

namespace ProductOps.Tests.Roadmap;

/// <summary>Templates are parsed once, never rendered with errors, and run in a sandbox.</summary>
public sealed class RoadmapTemplateTests
{
    [Theory]
    [InlineData("# {{ title }\n", 1, 12)]
    [InlineData("ok\n{{ for item in items }}\nno end\n", 2, 24)]
    [InlineData("a\nb\n{{ if }}\n", 3, 7)]
    public void A_template_with_errors_is_refused_with_the_line_and_column_of_the_first_error(string text, int line, int column)
    {
        var result = SandboxedTemplate.Parse(text, "roadmap.md.scriban");

        Assert.Null(result.Template);
        var error = result.Errors[0];
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("roadmap.md.scriban", error.Path);
    }

    [Fact]
    public void A_template_longer_than_32_KB_is_refused()
    {
        var result = SandboxedTemplate.Parse(new string('x', TemplateFiles.MaxLength + 1), "big");
        Assert.Null(result.Template);
        Assert.Contains("at most", result.Errors[0].Message);
    }

    [Theory]
    [InlineData("{{ object.eval_template title }}")]
    [InlineData("{{ object.eval title }}")]
    [InlineData("{{ include 'x' }}")]
    public void A_template_cannot_evaluate_values_as_code_or_include_files(string text)
    {
        var template = SandboxedTemplate.Parse(text, "t").Template!;
        var model = new ScriptObject { ["title"] = "{{ 6 * 7 }}" };

        var rendered = template.Render(model, TimeSpan.FromSeconds(2));

        Assert.NotNull(rendered.Error);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit()
    {
        var template = SandboxedTemplate.Parse("{{ for i in 1..10000000 }}x{{ end }}", "t").Template!;
        Assert.Contains("limit", template.Render(new ScriptObject(), TimeSpan.FromSeconds(2)).Error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_repository_template_renders_the_same_escaped_model_as_the_default()
    {
        var template = SandboxedTemplate.Parse("{{ for h in horizons }}{{ h.name }}={{ h.count }};{{ end }}{{ horizons[2].items[0].title }}", "t").Template!;

        var text = RoadmapRenderer.Markdown(RoadmapFixtures.Page("hostile"), template);

        Assert.StartsWith("Now=3;Next=0;Later=4;Pipes \\| break", text);
    }

    [Fact]
    public void Markdown_over_GitHubs_body_limit_lists_fewer_items_and_says_how_many_more()
    {
        var records = Enumerable.Range(1, 3000).Select(i => new ProductOps.WorkItems.ItemRecord
        {
            Key = new("github", "o/r", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Title = "A fairly long title for an item that takes room in every table row " + i,
            Url = "https://github.com/o/r/issues/" + i,
            Phase = i % 2 == 0 ? "beta" : "discovery",
        });

        var text = RoadmapRenderer.Markdown(RoadmapBuilder.Build(records, RoadmapConfig.Defaults, "o/r"));

        Assert.True(text.Length <= RoadmapRenderer.MaxMarkdownLength, $"{text.Length} characters");
        Assert.Matches(@"…and \d+ more\.", text);
        Assert.Contains("## By phase", text);
    }
}
