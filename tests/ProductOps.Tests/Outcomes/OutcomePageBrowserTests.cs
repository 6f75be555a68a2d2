using Microsoft.Playwright;
using ProductOps.Roadmap;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// The stakeholder page of the realistic board in Chromium with JavaScript off, at a desktop and a phone
/// width: no horizontal scroll, every KPI point labelled, no two labels overlapping (boxes read from the
/// layout) on the KPI, estimate and throughput charts, badge colours with at least WCAG AA contrast (4.5:1). UPDATE_SCREENSHOTS=1 writes docs/images.
/// </summary>
public sealed class OutcomePageBrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_page_reads_without_horizontal_scroll_with_every_point_labelled_and_no_overlaps(int width)
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, width);

        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        var wide = scrollWidth <= clientWidth ? "" : await page.EvaluateAsync<string>(
            "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        Assert.True(scrollWidth <= clientWidth, $"the page is {scrollWidth} px wide in a {clientWidth} px window: {wide}");

        Assert.Equal(3, await page.Locator("svg.kpi").CountAsync());
        Assert.Equal(3, await page.Locator("svg.estimate").CountAsync());
        Assert.Equal(1, await page.Locator("svg.throughput").CountAsync());
        foreach (var chart in await page.Locator("svg.kpi, svg.estimate, svg.throughput").AllAsync())
        {
            var points = await chart.Locator("circle, rect.bar").CountAsync();
            var labels = await chart.Locator("text.point-label").AllAsync();
            Assert.Equal(points, labels.Count);
            var boxes = new List<LocatorBoundingBoxResult>();
            foreach (var label in labels)
            {
                boxes.Add((await label.BoundingBoxAsync())!);
            }
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(Overlap(boxes[i], boxes[j]), $"labels {i} and {j} overlap at {width} px");
                }
            }
        }

        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await page.ScreenshotAsync(new() { Path = RepositoryRoot.Combine("docs", "images", $"roadmap-{width}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task Every_badge_has_at_least_AA_contrast_between_its_text_and_background()
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, 1280);

        var badges = await page.Locator(".gate, .met").AllAsync();
        Assert.NotEmpty(badges);
        foreach (var badge in badges)
        {
            var colours = await badge.EvaluateAsync<string[]>("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]");
            var ratio = Contrast(Rgb(colours[0]), Rgb(colours[1]));
            Assert.True(ratio >= 4.5, $"{await badge.InnerTextAsync()}: {colours[0]} on {colours[1]} is {ratio:0.00}:1");
        }
    }

    /// <summary>A4 is 210 mm wide; less the page's 15 mm margins that leaves 180 mm, 680 px at 96 px per inch.</summary>
    [Fact]
    public async Task The_page_prints_on_A4_with_every_chart_inside_the_paper()
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, 680);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Contains("@page { size: A4; margin: 15mm; }", await page.ContentAsync());
        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"the printed page is {scrollWidth} px wide on {clientWidth} px of paper");
        // On paper a chart cannot scroll inside its box, so each must fit as it is.
        foreach (var chart in await page.Locator("svg").AllAsync())
        {
            var box = (await chart.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= clientWidth + 0.5, $"{await chart.GetAttributeAsync("class")} runs to {box.X + box.Width:0} px");
        }
    }

    internal static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = await Chromium.PathAsync(), Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    }

    internal static async Task<IPage> OpenAsync(IBrowser browser, int width)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("outcome-page-").FullName, "roadmap.html");
        await File.WriteAllTextAsync(file, RoadmapRenderer.Html(OutcomeBoardFixture.Page()));
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    internal static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static (double R, double G, double B) Rgb(string css)
    {
        var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    // WCAG 2.1 relative luminance and contrast ratio: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        static double Channel(double c) => (c /= 255) <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        static double Luminance((double R, double G, double B) c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
