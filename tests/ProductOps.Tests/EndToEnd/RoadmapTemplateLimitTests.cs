using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// A repository's own roadmap template runs under the same limits as update templates (docs/roadmap.md):
/// a time limit, the default template when it fails, the failure reported once; and it is read whatever
/// media type the contents API answers with.
/// </summary>
public sealed class RoadmapTemplateLimitTests(RoadmapTemplateLimitTests.App env) : IClassFixture<RoadmapTemplateLimitTests.App>
{
    private const string TemplatePath = ".github/product-ops/templates/roadmap.md.scriban";
    private const string Config = "roadmap:\n  title: Limited\n  file: { path: ROADMAP.md }\n";

    // 3^15 calls, 15 deep: within the recursion limit, and minutes of work without a time limit.
    private const string Recursion = "{{ func f(n); if n > 0; f(n - 1); f(n - 1); f(n - 1); end; end; f(15) }}";

    public sealed class App : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Roadmap:DebounceWindow"] = "00:00:01";
            settings["Roadmap:RenderTimeout"] = "00:00:01";
            foreach (var repo in new[] { "tpl-org/recursion", "tpl-org/loop", "tpl-org/plain" })
            {
                GitHub.AddFile(repo, ".github/product-ops.yml", Config);
            }
            GitHub.AddFile("tpl-org/recursion", TemplatePath, Recursion);
            GitHub.AddFile("tpl-org/loop", TemplatePath, "{{ while true }}x{{ end }}");
            GitHub.AddPlainTextFile("tpl-org/plain", TemplatePath, "# Our own roadmap: {{ open_items }} open\n");
        }
    }

    [Fact]
    public async Task A_recursion_template_is_stopped_at_the_time_limit_and_the_default_template_writes_the_roadmap()
    {
        var commit = await RefreshAsync("tpl-org/recursion");

        Assert.StartsWith("# Limited", commit.Text, StringComparison.Ordinal);
        var report = Assert.Single(env.App.Logs.Lines, l => l.Contains("roadmap template of tpl-org/recursion", StringComparison.Ordinal));
        Assert.Contains("took longer than 1 s", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_while_true_template_falls_back_to_the_default_and_is_reported_once_over_two_refreshes()
    {
        var first = await RefreshAsync("tpl-org/loop");
        await SendAsync("tpl-org/loop", 2);
        await Eventually.HoldsAsync(() => env.GitHub.Commits.Count(c => c.Repo == "tpl-org/loop") == 2, "the second refresh commits");
        await WaitUntilIdleAsync();

        Assert.StartsWith("# Limited", first.Text, StringComparison.Ordinal);
        Assert.Contains("2 open items", env.GitHub.Commits.Last(c => c.Repo == "tpl-org/loop").Text, StringComparison.Ordinal);
        var report = Assert.Single(env.App.Logs.Lines, l => l.Contains("roadmap template of tpl-org/loop", StringComparison.Ordinal));
        Assert.Contains("failed while rendering", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_served_as_text_plain_with_a_charset_is_read_and_used()
    {
        var commit = await RefreshAsync("tpl-org/plain");

        Assert.Equal("# Our own roadmap: 1 open\n", commit.Text);
        Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains("tpl-org/plain", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
    }

    private async Task<FakeCommit> RefreshAsync(string repo)
    {
        await SendAsync(repo, 1);
        await Eventually.HoldsAsync(() => env.GitHub.Commits.Any(c => c.Repo == repo), $"the roadmap of {repo} is committed", 60);
        return env.GitHub.Commits.First(c => c.Repo == repo);
    }

    // The shared check (every queue empty and no invocation running, over several polls), as issue 12 item 16 asks.
    private Task WaitUntilIdleAsync() => env.App.WaitUntilIdleAsync();

    private Task<HttpResponseMessage> SendAsync(string repo, int number) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(repo, number, ["reach:500", "impact:high", "confidence:80%", "effort:M"]), RunningApp.Secret));
}
