using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Templates;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;
using Scriban.Runtime;

namespace ProductOps.Tests.Updates;

/// <summary>What a template may not do, and what happens when a team's own template is broken.</summary>
public sealed class TemplateSandboxTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Fact]
    public void An_endless_loop_stops_with_a_clear_error_at_its_place()
    {
        var template = Parse("Hello\n{{ while true }}x{{ end }}");

        var result = template.Render(new ScriptObject(), Limit);

        Assert.Null(result.Text);
        Assert.Equal(("t.scriban", 2), (result.Error!.Path, result.Error.Line));
        Assert.Contains("loop", result.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_template_that_runs_too_long_is_stopped_at_the_time_limit()
    {
        // Within the loop limit (a loop over the model's own 190,000 rows), but each step copies an ever longer text.
        var slow = Parse("{{ s = \"\"; for i in rows; s = s + \"0123456789\"; end; s.size }}");
        var model = new ScriptObject { ["rows"] = new ScriptArray(Enumerable.Range(0, 190_000)) };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = slow.Render(model, TimeSpan.FromMilliseconds(200));

        Assert.Null(result.Text);
        Assert.Contains("took longer than 0.2 s and was stopped", result.Error!.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {watch.Elapsed}");
    }

    [Fact]
    public void Endless_recursion_stops_with_a_clear_error()
    {
        var result = Parse("{{ func f(x); ret f(x); end; f(1) }}").Render(new ScriptObject(), Limit);

        Assert.Null(result.Text);
        Assert.Contains("recurs", result.Error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ include 'secrets.txt' }}")]
    [InlineData("{{ object.eval '1 + 1' }}")]
    [InlineData("{{ object.eval_template '{{ 1 + 1 }}' }}")]
    public void Template_code_cannot_load_or_evaluate_other_code(string text)
    {
        var result = Parse(text).Render(new ScriptObject(), Limit);

        Assert.True(result.Text is null or "", $"rendered '{result.Text}'");
    }

    [Fact]
    public void A_title_holding_template_code_is_printed_as_text_never_run()
    {
        var model = UpdateModel.ToScript(JsonDocument.Parse("""{"title":"{{ 6 * 7 }}"}""").RootElement, TextDialect.Slack, mentions: false);

        Assert.Equal("{{ 6 * 7 }}", Parse("{{ title }}").Render(model, Limit).Text);
    }

    [Fact]
    public void The_model_gives_no_access_to_dotnet_members()
    {
        var model = UpdateModel.ToScript(JsonDocument.Parse("""{"title":"x"}""").RootElement, TextDialect.Markdown, mentions: false);

        var result = Parse("{{ title.GetType }}{{ link.Method }}{{ title.Length }}").Render(model, Limit);

        Assert.True(string.IsNullOrEmpty(result.Text), $"rendered '{result.Text}'");
    }

    [Fact]
    public void A_parse_error_comes_back_with_template_line_and_column_and_nothing_is_rendered()
    {
        var result = SandboxedTemplate.Parse("line one\n  {{ for x in }}", "octo/app:digest.scriban");

        Assert.Null(result.Template);
        var error = Assert.Single(result.Errors.Take(1));
        Assert.Equal(("octo/app:digest.scriban", 2), (error.Path, error.Line));
        Assert.True(error.Column > 1);
    }

    [Fact]
    public async Task A_broken_override_falls_back_to_the_default_and_is_reported_once()
    {
        var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var renderer = new UpdateRenderer(new TemplateLibrary([new Overrides("{{ if }} broken")], factory.CreateLogger<TemplateLibrary>()), new UpdatesSettings());

        var first = await TemplateGoldenTests.RenderAsync(UpdateTemplates.GateFailed, TextDialect.Markdown, false, renderer: renderer);
        var second = await TemplateGoldenTests.RenderAsync(UpdateTemplates.GateFailed, TextDialect.Markdown, false, renderer: renderer);

        var expected = await TemplateGoldenTests.RenderAsync(UpdateTemplates.GateFailed, TextDialect.Markdown, false);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        var report = Assert.Single(logs.Lines, l => l.Contains("has errors", StringComparison.Ordinal));
        Assert.Contains("octo-org/app:.github/product-ops/templates/gate-failed.scriban(1,", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_that_fails_while_rendering_falls_back_to_the_default()
    {
        var renderer = new UpdateRenderer(new TemplateLibrary([new Overrides("{{ while true }}x{{ end }}")], NullLogger<TemplateLibrary>.Instance), new UpdatesSettings());

        var text = await TemplateGoldenTests.RenderAsync(UpdateTemplates.GatePassed, TextDialect.Slack, false, renderer: renderer);

        Assert.StartsWith("## Gate passed with conditions", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_override_replaces_the_default_and_may_mention_the_assignee_where_mentions_work()
    {
        var renderer = new UpdateRenderer(new TemplateLibrary([new Overrides("{{ item.title }} is in {{ phase.to }}; {{ mention item.assignees[0] }} please demo it")],
            NullLogger<TemplateLibrary>.Instance), new UpdatesSettings());

        var github = await TemplateGoldenTests.RenderAsync(UpdateTemplates.PhaseChanged, TextDialect.Markdown, mentions: true, renderer: renderer);
        var slack = await TemplateGoldenTests.RenderAsync(UpdateTemplates.PhaseChanged, TextDialect.Slack, mentions: false, renderer: renderer);

        Assert.EndsWith("; @mona please demo it\n", github, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;@\u200Beveryone", slack, StringComparison.Ordinal);
        Assert.EndsWith("; mona please demo it\n", slack, StringComparison.Ordinal);
    }

    private static SandboxedTemplate Parse(string text) => SandboxedTemplate.Parse(text, "t.scriban").Template!;

    private sealed class Overrides(string text) : ITemplateSource
    {
        public string Provider => "github";

        public Task<string?> ReadAsync(string container, string? scope, string name, CancellationToken ct) => Task.FromResult<string?>(text);
    }
}
