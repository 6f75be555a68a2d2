using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Outcomes;
using ProductOps.Templates;
using ProductOps.Updates;
using ProductOps.Updates.Digest;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Outcomes;

/// <summary>The digest of the realistic board (30 items, 3 goals, KPI history) in every dialect, as reviewed files.</summary>
public sealed class OutcomeDigestGoldenTests
{
    private static readonly Period Period = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(TextDialect.Markdown)]
    [InlineData(TextDialect.Slack)]
    [InlineData(TextDialect.Teams)]
    public async Task The_digest_matches_its_reviewed_golden_file(TextDialect dialect) =>
        OutcomeBoardFixture.AssertMatchesGolden($"digest.{dialect.ToString().ToLowerInvariant()}.expected", await RenderAsync(dialect));

    [Fact]
    public void Each_goal_reports_its_kpi_now_before_and_target_with_units_and_what_shipped_towards_it()
    {
        var goals = Model().Goals;

        Assert.Equal(3, goals.Count);
        var activation = goals.Single(g => g.Id == "activation");
        Assert.Equal(("41 %", "38 %", "45 %", "up 3 %, better"), (activation.Now, activation.Before, activation.Target, activation.Trend));
        Assert.NotEmpty(activation.Shipped);
        Assert.Equal("no change", goals.Single(g => g.Id == "retention").Trend);
    }

    [Fact]
    public async Task Slack_gets_mrkdwn_without_markdown_headings_and_moves_read_as_words()
    {
        var slack = await RenderAsync(TextDialect.Slack);

        Assert.DoesNotContain("## ", slack);
        Assert.StartsWith("*Product digest for", slack);
        Assert.Contains("RICE ", slack);
        Assert.DoesNotContain("none →", slack);
    }

    [Fact]
    public async Task Each_item_shipped_towards_a_goal_shows_its_measured_outcome_when_there_is_one()
    {
        var slack = await RenderAsync(TextDialect.Slack);

        Assert.Contains("  - shipped towards it: <https://github.com/octo-org/product/issues/3|Sample data for new workspaces> (measured outcome: week-1 activation up 3 points)\n", slack);
        Assert.Contains("  - shipped towards it: <https://github.com/octo-org/product/issues/10|CSV import wizard>\n", slack);
    }

    [Fact]
    public void A_quiet_period_is_empty_and_not_sent_even_when_goals_have_no_reading_yet()
    {
        var quiet = new Period(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 11, 0, 0, 0, TimeSpan.Zero));
        var (items, kpis) = OutcomeBoardFixture.Board();
        var config = OutcomeBoardFixture.Config;
        var digest = DigestBuilder.Build("github", OutcomeBoardFixture.Repo, items, quiet, 5, []);

        Assert.True(digest.IsEmpty);
        Assert.True(GoalDigest.AddOutcomes(digest, items, config, kpis, quiet).IsEmpty, "readings, all before the period");
        Assert.True(GoalDigest.AddOutcomes(digest, items, config, [], quiet).IsEmpty, "no readings at all");
        Assert.False(GoalDigest.AddOutcomes(digest, items, config, [.. kpis, new KpiValue("activation", 44, quiet.From.AddDays(2), "alice", "c-9")], quiet).IsEmpty, "a reading that moved");
    }

    [Theory]
    [InlineData(TextDialect.Markdown)]
    [InlineData(TextDialect.Slack)]
    [InlineData(TextDialect.Teams)]
    public async Task An_items_first_phase_reads_entered_alpha_not_an_arrow_from_nothing(TextDialect dialect)
    {
        var entered = new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero);
        var newcomer = ItemRecord.New(new ItemKey("github", OutcomeBoardFixture.Repo, "31")) with
        {
            Title = "Onboarding checklist", Url = $"https://github.com/{OutcomeBoardFixture.Repo}/issues/31",
            Phase = "alpha", PhaseHistory = [new PhaseChange("alpha", entered)], CreatedAt = entered.AddDays(-2), TrackerUpdatedAt = entered,
        };

        var digest = await RenderAsync(dialect, newcomer);

        var line = Assert.Single(digest.Split('\n'), l => l.Contains("Onboarding checklist", StringComparison.Ordinal) && l.Contains("2026-11-12", StringComparison.Ordinal));
        Assert.EndsWith(": entered alpha (2026-11-12)", line);
    }

    private static DigestModel Model(params ItemRecord[] more)
    {
        var (board, kpis) = OutcomeBoardFixture.Board();
        var items = board.Concat(more).ToList();
        var config = OutcomeBoardFixture.Config;
        var digest = DigestBuilder.Build("github", OutcomeBoardFixture.Repo, items, Period, 5, config.Gates.Phases.Select(p => p.Name).ToList());
        return GoalDigest.AddOutcomes(digest, items, config, kpis, Period);
    }

    private static Task<string> RenderAsync(TextDialect dialect, params ItemRecord[] more)
    {
        var update = new UpdateMessage
        {
            Id = "sample", Template = UpdateTemplates.Digest, Provider = "github", Container = OutcomeBoardFixture.Repo,
            Target = UpdateTarget.Item, Model = ModelJson.ToElement(Model(more)),
        };
        return new UpdateRenderer(new TemplateLibrary([], NullLogger<TemplateLibrary>.Instance), new UpdatesSettings()).RenderAsync(update, dialect, false, CancellationToken.None);
    }
}
