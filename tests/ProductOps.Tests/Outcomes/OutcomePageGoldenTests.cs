using System.Text.RegularExpressions;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Outcomes;

/// <summary>The stakeholder page and the Markdown roadmap of a realistic board (30 items, 3 goals, KPI history), as reviewed files.</summary>
public sealed partial class OutcomePageGoldenTests
{
    [Fact]
    public void The_HTML_page_matches_its_reviewed_golden_file() =>
        OutcomeBoardFixture.AssertMatchesGolden("expected.html", RoadmapRenderer.Html(OutcomeBoardFixture.Page()));

    [Fact]
    public void The_Markdown_roadmap_matches_its_reviewed_golden_file() =>
        OutcomeBoardFixture.AssertMatchesGolden("expected.md", RoadmapRenderer.Markdown(OutcomeBoardFixture.Page()));

    [Fact]
    public void The_page_says_as_of_when_in_UTC_and_groups_items_by_goal()
    {
        var html = RoadmapRenderer.Html(OutcomeBoardFixture.Page());

        Assert.Matches(@"As of \d{1,2} \w+ 2026, \d\d:\d\d UTC\.", html);
        Assert.Contains("<h3>More new teams reach value in their first week", html);
        Assert.Contains("Week-1 activation</strong> (higher is better): now 41 %, before 38 % (up 3 %, better)", html);
        Assert.Contains("90-day retention</strong> (higher is better): now 71 %, before 71 % (no change)", html);
        Assert.Contains("Not linked to a goal", html);
        Assert.Contains("Recently shipped", html);
    }

    [Fact]
    public void Each_goal_has_a_kpi_chart_with_baseline_target_and_every_reading_labelled_and_tabled()
    {
        var page = OutcomeBoardFixture.Page();
        var html = RoadmapRenderer.Html(page);

        foreach (var goal in page.Goals)
        {
            var svg = Regex.Match(html, $"<svg class=\"kpi\"[^>]*kpi-{goal.Goal.Id}-t.*?</svg>", RegexOptions.Singleline).Value;
            Assert.Equal(goal.History.Count, PointLabel().Matches(svg).Count);
            Assert.Contains(">baseline</text>", svg);
            Assert.Contains(">target</text>", svg);
        }
        Assert.Equal(page.Goals.Sum(g => g.History.Count), Regex.Matches(html, "<tr><td>\\d{1,2} \\w{3} 2026</td><td class=\"num\">").Count);
    }

    [Fact]
    public void Scores_are_labelled_with_their_model_and_priorities_read_as_words()
    {
        var html = RoadmapRenderer.Html(OutcomeBoardFixture.Page());
        var markdown = RoadmapRenderer.Markdown(OutcomeBoardFixture.Page());

        Assert.Contains("Two-factor recovery codes <span class=\"meta\">· RICE 1,600</span>", html);
        Assert.Contains("<td>Two-factor recovery codes</td><td class=\"num\">RICE 1,600</td><td>Highest (P1)</td>", html);
        Assert.Contains("| Two-factor recovery codes | RICE 1,600 | Highest (P1) | Beta |", markdown);
        Assert.Contains("Public roadmap embed · RICE 667 · priority High (P2)", markdown);
        foreach (var text in new[] { html, markdown })
        {
            Assert.DoesNotContain("priority:P", text);
        }
    }

    [Fact]
    public void A_shipped_item_without_a_phase_shows_its_date_without_an_empty_phase()
    {
        Assert.Contains("Dark mode <span class=\"meta\">· 10 Nov 2026</span>", RoadmapRenderer.Html(OutcomeBoardFixture.Page()));
        Assert.Contains("Dark mode · 10 Nov 2026\n", RoadmapRenderer.Markdown(OutcomeBoardFixture.Page()));
    }

    [Fact]
    public void A_hostile_title_stays_inert_in_the_goal_sections() =>
        Assert.DoesNotContain("<script>", RoadmapRenderer.Html(OutcomeBoardFixture.Page()));

    [GeneratedRegex("class=\"point-label\"")]
    private static partial Regex PointLabel();
}
