using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Outcomes;
using ProductOps.Roadmap;
using ProductOps.Templates;
using ProductOps.Updates;
using ProductOps.Updates.Digest;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// A goal's last failed automatic reading on the realistic board (30 items, 3 goals, KPI history): one line with the
/// goal's KPI on the page (HTML and Markdown) and in the digest, the same words everywhere, and a hostile reason inert.
/// </summary>
public sealed class KpiFailureShownTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly Period Period = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), FailedAt.AddHours(1));

    [Fact]
    public void The_page_shows_the_failure_with_the_goals_kpi_and_when_its_last_value_was_read()
    {
        var page = Page(new KpiFailure("activation", FailedAt, "the endpoint answered 503"));
        var last = page.Goals.Single(g => g.Goal.Id == "activation").Latest!.At.UtcDateTime.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var line = $"Automatic reading failed on 1 Dec 2026 06:00 UTC: the endpoint answered 503. Last value from {last}.";

        var html = RoadmapRenderer.Html(page);
        var goal = html[html.IndexOf("id=\"goal-activation\"", StringComparison.Ordinal)..html.IndexOf("id=\"goal-support-load\"", StringComparison.Ordinal)];
        Assert.Contains($"<p class=\"failed\" role=\"status\">{line}</p>", goal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Automatic reading failed"));
        Assert.Contains($"\n> {line}\n", RoadmapRenderer.Markdown(page));
    }

    [Fact]
    public void A_hostile_reason_stays_inert_on_the_page()
    {
        var html = RoadmapRenderer.Html(Page(new KpiFailure("activation", FailedAt, "no number at /<script>alert(1)</script>")));

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("no number at /&lt;script&gt;alert(1)&lt;/script&gt;.", html);
    }

    [Theory]
    [InlineData(TextDialect.Markdown)]
    [InlineData(TextDialect.Slack)]
    [InlineData(TextDialect.Teams)]
    public async Task The_digests_goal_section_says_the_same_in_one_line(TextDialect dialect)
    {
        var failure = new KpiFailure("support-load", FailedAt, "no number at /data/rate");
        var model = Digest(failure);
        var expected = Page(failure).Goals.Single(g => g.Goal.Id == "support-load").FailureText!;

        Assert.Equal(expected, model.Goals.Single(g => g.Id == "support-load").Failure);
        Assert.All(model.Goals.Where(g => g.Id != "support-load"), g => Assert.Null(g.Failure));
        var lines = (await RenderAsync(model, dialect)).Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("Fewer support tickets per 100 accounts", StringComparison.Ordinal));
        Assert.Equal("  - " + expected, lines[at + 1]);
        Assert.Single(lines, l => l.Contains("Automatic reading failed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_reading_makes_a_quiet_period_worth_a_digest()
    {
        var quiet = new Period(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 11, 0, 0, 0, TimeSpan.Zero));
        var (items, kpis) = OutcomeBoardFixture.Board();
        var digest = DigestBuilder.Build("github", OutcomeBoardFixture.Repo, items, quiet, 5, []);

        Assert.True(GoalDigest.AddOutcomes(digest, items, OutcomeBoardFixture.Config, kpis, quiet, []).IsEmpty);
        Assert.False(GoalDigest.AddOutcomes(digest, items, OutcomeBoardFixture.Config, kpis, quiet, [new KpiFailure("retention", quiet.From.AddDays(1), "the endpoint answered 503")]).IsEmpty);
    }

    private static RoadmapPage Page(params KpiFailure[] failures)
    {
        var (items, kpis) = OutcomeBoardFixture.Board();
        var config = OutcomeBoardFixture.Config;
        return RoadmapBuilder.Build(items, config.Roadmap, OutcomeBoardFixture.Repo, new RoadmapOutcomes(config.Outcomes, kpis) { Failures = failures });
    }

    private static DigestModel Digest(params KpiFailure[] failures)
    {
        var (items, kpis) = OutcomeBoardFixture.Board();
        var config = OutcomeBoardFixture.Config;
        var digest = DigestBuilder.Build("github", OutcomeBoardFixture.Repo, items, Period, 5, config.Gates.Phases.Select(p => p.Name).ToList());
        return GoalDigest.AddOutcomes(digest, items, config, kpis, Period, failures);
    }

    private static Task<string> RenderAsync(DigestModel model, TextDialect dialect) =>
        new UpdateRenderer(new TemplateLibrary([], NullLogger<TemplateLibrary>.Instance), new UpdatesSettings()).RenderAsync(new UpdateMessage
        {
            Id = "sample", Template = UpdateTemplates.Digest, Provider = "github", Container = OutcomeBoardFixture.Repo,
            Target = UpdateTarget.Item, Model = ModelJson.ToElement(model),
        }, dialect, false, CancellationToken.None);
}
