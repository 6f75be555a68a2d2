using System.Diagnostics;
using ProductOps.Tests.Infrastructure;
using ProductOps.Roadmap;

namespace ProductOps.Tests.Roadmap;

/// <summary>
/// The HTML page opened in a real headless Chromium: a script from a title never runs. The control
/// case proves the check would see a script that did run. Chromium is installed on first use (Infrastructure/Chromium.cs).
/// </summary>
public sealed class ChromiumTests
{
    private const string Canary = "data-canary=\"ran\"";

    [Fact]
    public async Task A_page_whose_titles_hold_script_and_event_handlers_runs_no_script_in_Chromium()
    {
        var dom = await DumpDomAsync(RoadmapRenderer.Html(RoadmapFixtures.Page("hostile")));

        Assert.Contains("<h1>Roadmap</h1>", dom);
        Assert.Contains("&lt;script&gt;document.body.setAttribute", dom);
        Assert.DoesNotContain(Canary, dom);
    }

    [Fact]
    public async Task The_canary_check_sees_a_script_that_does_run()
    {
        var dom = await DumpDomAsync("<!DOCTYPE html><html><body><script>document.body.setAttribute('data-canary','ran')</script></body></html>");

        Assert.Contains(Canary, dom);
    }

    private static async Task<string> DumpDomAsync(string html)
    {
        var browser = await Chromium.PathAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("roadmap-html-").FullName, "roadmap.html");
        await File.WriteAllTextAsync(file, html);
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No network use of its own: this machine's closed network refuses it, and the page must need none.
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=2000", "--dump-dom", new Uri(file).AbsoluteUri },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return await output;
    }
}
