using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.Infrastructure.AppWithFakeJira;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops backfill jira</c> against the fake Jira (enhanced JQL search, token paging) and Azurite.</summary>
public sealed class JiraBackfillTests : IAsyncLifetime
{
    private readonly FakeJira jira = new((BusinessValue, "Business value"), (TimeCriticality, "Time criticality"), (RiskReduction, "Risk reduction"), (StorySize, "Story size"), (WsjfScore, "WSJF score"));
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        jira.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_backfill_follows_the_next_page_token_scores_each_open_issue_and_fills_the_index()
    {
        SeedIssues(3, done: "TES-4");

        var (code, output) = await RunAsync("backfill", "jira", "--project", "TES", "--page-size", "2");

        Assert.Equal(0, code);
        Assert.Contains("Pages read", output);
        var searches = jira.Searches;
        Assert.Equal(2, searches.Count);
        Assert.All(searches, s => Assert.Equal("""project = "TES" AND statusCategory != Done ORDER BY created ASC""", s.Query!["jql"].Single()));
        Assert.False(searches[0].Query!.ContainsKey("nextPageToken"));
        Assert.Equal("page:2", searches[1].Query!["nextPageToken"].Single());
        Assert.Equal(3, await IndexRowsAsync());
        Assert.All(["TES-1", "TES-2", "TES-3"], key =>
        {
            Assert.Equal("score", Assert.Single(jira.CommentsOn(key)).Marker);
            Assert.Equal(3.2, jira.FieldsOf(key)[WsjfScore]!.GetValue<double>());
        });
        Assert.Empty(jira.WritesTo("TES-4"));
    }

    [Fact]
    public async Task A_dry_run_reads_every_page_and_writes_nothing_anywhere()
    {
        SeedIssues(3);

        var (code, output) = await RunAsync("backfill", "jira", "--project", "TES", "--page-size", "2", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("Dry run", output);
        Assert.Equal(2, jira.Searches.Count);
        Assert.Empty(jira.Writes);
        Assert.Empty(await new TableServiceClient(azurite.ConnectionString).QueryAsync().ToListAsync());
    }

    [Theory]
    [InlineData("tes")]
    [InlineData("TES OR project = X")]
    public async Task A_project_that_is_not_a_Jira_key_is_refused_before_any_request(string project)
    {
        var (code, output) = await RunAsync("backfill", "jira", "--project", project);

        Assert.NotEqual(0, code);
        Assert.Contains("--project must be a Jira project key", output);
        Assert.Empty(jira.Requests());
    }

    private void SeedIssues(int open, string? done = null)
    {
        var inputs = new Dictionary<string, JsonNode?> { [BusinessValue] = 8.0, [TimeCriticality] = 5.0, [RiskReduction] = 3.0, [StorySize] = 5.0 };
        foreach (var key in Enumerable.Range(1, open).Select(i => $"TES-{i}").Append(done).OfType<string>())
        {
            var issue = JiraDeliveries.IssueUpdated(key, inputs, DateTimeOffset.UtcNow.AddHours(-1))["issue"]!;
            if (key == done)
            {
                issue["fields"]!["status"]!["statusCategory"]!["key"] = "done";
            }
            jira.Seed(issue);
        }
    }

    private async Task<int> IndexRowsAsync() =>
        await new TableServiceClient(azurite.ConnectionString).GetTableClient(StorageNames.ItemsTable).QueryAsync<TableEntity>().CountAsync();

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var settings = RunningApp.Settings(azurite, github: null);
        settings["Jira:BaseUrl"] = jira.Url;
        settings["Jira:Email"] = "bot@example.com";
        settings["Jira:ApiToken"] = "not-a-real-token";
        settings["Jira:Projects:TES:Config"] = ProjectConfig;
        return await CliRun.PrintedAsync(settings, args);
    }
}
