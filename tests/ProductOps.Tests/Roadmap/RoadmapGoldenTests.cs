using ProductOps.Roadmap;

namespace ProductOps.Tests.Roadmap;

/// <summary>Snapshot tests: the rendered Markdown and HTML of each fixture board, reviewed as files.</summary>
public sealed class RoadmapGoldenTests
{
    [Theory]
    [InlineData("board")]
    [InlineData("hostile")]
    public void The_Markdown_roadmap_matches_its_reviewed_golden_file(string name) =>
        RoadmapFixtures.AssertMatchesGolden(name, "expected.md", RoadmapRenderer.Markdown(RoadmapFixtures.Page(name)));

    [Theory]
    [InlineData("board")]
    [InlineData("hostile")]
    public void The_HTML_roadmap_matches_its_reviewed_golden_file(string name) =>
        RoadmapFixtures.AssertMatchesGolden(name, "expected.html", RoadmapRenderer.Html(RoadmapFixtures.Page(name)));

    [Fact]
    public void Rendering_the_same_index_twice_gives_the_same_text_so_an_unchanged_board_is_never_rewritten()
    {
        Assert.Equal(RoadmapRenderer.Markdown(RoadmapFixtures.Page("board")), RoadmapRenderer.Markdown(RoadmapFixtures.Page("board")));
        Assert.Equal(RoadmapRenderer.Html(RoadmapFixtures.Page("board")), RoadmapRenderer.Html(RoadmapFixtures.Page("board")));
    }
}
