using Microsoft.Playwright;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// The value-vs-effort chart of the realistic board, laid out by Chromium (JavaScript off): every point has
/// a label, no two labels overlap, no label covers a point, every label stays inside the chart, and the
/// table lists the same items. Boxes are read from the layout, so a label the browser draws wider than
/// planned fails here.
/// </summary>
public sealed class ValueEffortChartBrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Every_point_is_labelled_and_no_label_overlaps_another_label_or_point(int width)
    {
        await using var browser = await OutcomePageBrowserTests.LaunchAsync();
        var page = await OutcomePageBrowserTests.OpenAsync(browser, width);
        var chart = page.Locator("svg.value-effort");

        var groups = await chart.Locator("g.point").AllAsync();
        Assert.Equal(OutcomeBoardFixture.Page().Chart.Count, groups.Count);
        var labels = new List<(string Id, LocatorBoundingBoxResult Box)>();
        var dots = new List<LocatorBoundingBoxResult>();
        foreach (var group in groups)
        {
            var label = group.Locator("text.point-label");
            Assert.Equal(1, await label.CountAsync());
            Assert.False(string.IsNullOrWhiteSpace(await label.TextContentAsync()));
            labels.Add((await label.GetAttributeAsync("data-for") ?? "", (await label.BoundingBoxAsync())!));
            dots.Add((await group.Locator("circle").BoundingBoxAsync())!);
        }

        var frame = (await chart.BoundingBoxAsync())!;
        for (var i = 0; i < labels.Count; i++)
        {
            var box = labels[i].Box;
            Assert.True(box.X >= frame.X && box.Y >= frame.Y && box.X + box.Width <= frame.X + frame.Width && box.Y + box.Height <= frame.Y + frame.Height,
                $"the label of {labels[i].Id} leaves the chart at {width} px");
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(OutcomePageBrowserTests.Overlap(box, labels[j].Box), $"the labels of {labels[i].Id} and {labels[j].Id} overlap at {width} px");
            }
            for (var j = 0; j < dots.Count; j++)
            {
                Assert.False(OutcomePageBrowserTests.Overlap(box, dots[j]), $"the label of {labels[i].Id} covers the point {j} at {width} px");
            }
        }

        if (width == 1280 && Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await page.Locator("figure.chart").ScreenshotAsync(new() { Path = ProductOps.Tests.Infrastructure.RepositoryRoot.Combine("docs", "images", "value-effort.png") });
        }
    }

    [Fact]
    public async Task The_chart_has_axis_titles_with_units_ticks_quadrant_names_a_legend_and_a_table_of_the_same_points()
    {
        await using var browser = await OutcomePageBrowserTests.LaunchAsync();
        var page = await OutcomePageBrowserTests.OpenAsync(browser, 1280);
        var chart = page.Locator("svg.value-effort");

        var axes = await chart.Locator("text.axis-title").AllTextContentsAsync();
        Assert.Equal(["Effort (person-months) →", "Value (reach × impact × confidence) →"], axes);
        Assert.True(await chart.Locator("text.tick").CountAsync() >= 6);
        Assert.Equal(["Quick wins", "Big bets", "Fill-ins", "Money pits"], await chart.Locator("text.quadrant").AllTextContentsAsync());
        Assert.Contains("an open item", await page.Locator("figure.chart figcaption").TextContentAsync());
        var rows = await page.Locator("table:has(caption:text('Value vs effort')) tbody tr").CountAsync();
        Assert.Equal(await chart.Locator("circle").CountAsync(), rows);
    }
}
