using Azure.Data.Tables;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops backfill github</c> against the fake GitHub (Link-header paging, a rate limit) and Azurite.</summary>
public sealed class BackfillTests : IAsyncLifetime
{
    private const string Repo = "octo-org/backlog";
    private static readonly string[] RiceLabels = ["reach:500", "impact:high", "confidence:80%", "effort:M"];
    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_backfill_reads_every_page_waits_out_a_rate_limit_scores_each_issue_and_fills_the_index()
    {
        AddIssues(12);
        var reset = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        github.Fail("GET", $"^/repos/{Repo}/issues$", 403, headers: new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset });

        var (code, output) = await RunAsync("backfill", "github", "--repo", Repo, "--page-size", "5");

        Assert.Equal(0, code);
        Assert.Contains("Pages read", output);
        Assert.Equal(4, github.Requests().Count(r => r.RequestMessage!.Method == "GET" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues"));
        Assert.Equal(12, await IndexRowsAsync());
        Assert.All(Enumerable.Range(1, 12), i => Assert.Single(github.CommentsOn(Repo, i)));
        var writeTimes = github.Writes.Select(w => w.RequestMessage!.DateTime).ToList();
        // Mutations are serial and paced (20 ms apart in tests, ~1 s in production): arrival times jitter, their span does not.
        Assert.True(writeTimes[^1] - writeTimes[0] >= TimeSpan.FromMilliseconds(20 * 0.8 * (writeTimes.Count - 1)), "mutations are paced");

        var reads = github.Requests().Count;
        var (rendered, page) = await RunAsync("roadmap", "render", "--repo", Repo);
        Assert.Equal(0, rendered);
        Assert.Contains("12 open items in octo-org/backlog", page);
        Assert.Contains("quadrantChart", page);
        Assert.Equal(reads, github.Requests().Count);
    }

    [Fact]
    public async Task An_interrupted_backfill_resumes_from_its_cursor_and_reads_no_page_twice()
    {
        AddIssues(10);

        // Page 2 fails for good once page 1 has been read (four 502s outlast the handler's retries): the run stops.
        var first = RunAsync("backfill", "github", "--repo", Repo, "--page-size", "5");
        await Eventually.HoldsAsync(() => github.Requests().Any(r => r.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues"), "page 1 is read");
        github.Fail("GET", $"^/repos/{Repo}/issues$", 502, times: 4);
        var (failed, _) = await first;
        var (resumed, output) = await RunAsync("backfill", "github", "--repo", Repo, "--page-size", "5");

        Assert.NotEqual(0, failed);
        Assert.Equal(0, resumed);
        Assert.Contains("Resuming after page 1", output);
        Assert.Equal(10, await IndexRowsAsync());
        Assert.All(Enumerable.Range(1, 10), i => Assert.Single(github.CommentsOn(Repo, i)));
    }

    [Fact]
    public async Task A_dry_run_reads_every_page_and_writes_nothing_anywhere()
    {
        AddIssues(7);

        var (code, output) = await RunAsync("backfill", "github", "--repo", Repo, "--dry-run", "--page-size", "3");

        Assert.Equal(0, code);
        Assert.Contains("Dry run", output);
        Assert.Equal(3, github.Requests().Count(r => r.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues"));
        Assert.Empty(github.Writes);
        var tables = new TableServiceClient(azurite.ConnectionString).QueryAsync();
        Assert.Empty(await tables.ToListAsync());
    }

    [Fact]
    public async Task A_dry_run_reads_the_repositorys_own_configuration_to_plan_with()
    {
        AddIssues(1);
        github.AddFile(Repo, ".github/product-ops.yml", "scoring:\n  model: wsjf\n");

        var (code, _) = await RunAsync("backfill", "github", "--repo", Repo, "--dry-run");

        // The plan it prints (on the console log) is the one the repository's WSJF configuration makes, not the defaults'.
        Assert.Equal(0, code);
        Assert.Contains(github.Requests(), r => r.RequestMessage!.Method == "GET" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/contents/.github/product-ops.yml");
        Assert.Empty(github.Writes);
    }

    private void AddIssues(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            github.AddIssue(Repo, i, $"Issue {i}", RiceLabels, DateTimeOffset.UtcNow.AddMinutes(-i));
        }
    }

    private async Task<int> IndexRowsAsync() =>
        await new TableServiceClient(azurite.ConnectionString).GetTableClient(StorageNames.ItemsTable).QueryAsync<TableEntity>().CountAsync();

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRun.PrintedAsync(RunningApp.Settings(azurite, github), args);
}
