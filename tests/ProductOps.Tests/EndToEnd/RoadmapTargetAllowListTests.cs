using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// A repository's or Jira project's configuration writes only to itself and to the targets an operator allows
/// in the app's settings (docs/security.md); refused targets are reported and skipped, the others still publish.
/// </summary>
public sealed class RoadmapTargetAllowListTests(RoadmapTargetAllowListTests.App env) : IClassFixture<RoadmapTargetAllowListTests.App>
{
    private const string Attacker = "attacker-org/site";
    private const string Allowed = "octo-org/app";

    public sealed class App : IAsyncLifetime
    {
        public Azurite Azurite { get; private set; } = null!;
        public FakeGitHub GitHub { get; } = new();
        public FakeJira Jira { get; } = new();
        public RunningApp Running { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Azurite = await Azurite.StartAsync();
            var settings = RunningApp.Settings(Azurite, GitHub);
            settings["Roadmap:DebounceWindow"] = "00:00:01";
            settings["Jira:WebhookSecret"] = RunningApp.Secret;
            settings["Jira:BaseUrl"] = Jira.Url;
            settings["Jira:Email"] = "bot@example.com";
            settings["Jira:ApiToken"] = "not-a-real-token";
            settings["Jira:Projects:TES:Config"] = "roadmap:\n  jira-issue: { key: HR-9 }\n  html: {}\n";
            settings["Roadmap:AllowedJiraProjects:octo-org:app"] = "OPS, PLAT";
            // The page prefix in its one-value form, as the deployment template sets it (Azure's setting names cannot hold '-').
            settings["Roadmap:PagePrefixesList"] = "other-org=elsewhere/; octo-org=octo-org-site/";
            foreach (var key in new[] { "HR-9", "OPS-1" })
            {
                Jira.Seed(JiraDeliveries.IssueUpdated(key, new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow.AddDays(-1))["issue"]!);
            }
            GitHub.AddFile(Attacker, ".github/product-ops.yml",
                "roadmap:\n  file: { path: ROADMAP.md }\n  jira-issue: { key: HR-9 }\n  html: { path: victim-org/website/roadmap.html }\n");
            GitHub.AddFile(Allowed, ".github/product-ops.yml",
                "roadmap:\n  jira-issue: { key: OPS-1 }\n  html: { path: octo-org-site/roadmap.html }\n");
            Running = await RunningApp.StartAsync(settings);
        }

        public async Task DisposeAsync()
        {
            await Running.DisposeAsync();
            GitHub.Dispose();
            Jira.Dispose();
            await Azurite.DisposeAsync();
        }

        /// <summary>The shared check: every queue empty and no invocation running, over several polls.</summary>
        public Task WaitUntilIdleAsync() => Running.WaitUntilIdleAsync();

        public async Task<bool> PageExistsAsync(string path) =>
            await Running.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer).GetBlobClient(path).ExistsAsync();
    }

    [Fact]
    public async Task A_repository_cannot_write_another_projects_Jira_issue_or_another_owners_page_and_its_own_file_is_still_written()
    {
        await env.Running.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Attacker, 1, ["reach:500"]), RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.GitHub.Commits.Any(c => c.Repo == Attacker), "the repository's own roadmap file is committed", 60);
        await env.WaitUntilIdleAsync();
        Assert.Empty(env.Jira.WritesTo("HR-9"));
        Assert.False(await env.PageExistsAsync("victim-org/website/roadmap.html"));
        var report = Assert.Single(env.GitHub.IssuesIn(Attacker), i => (string?)i["title"] == "Product Ops configuration");
        var body = (string)report["body"]!;
        Assert.Contains("Targets Product Ops will not write", body, StringComparison.Ordinal);
        Assert.Contains("`HR-9`", body, StringComparison.Ordinal);
        Assert.Contains("Roadmap__AllowedJiraProjects__attacker-org__site", body, StringComparison.Ordinal);
        Assert.Contains("`victim-org/website/roadmap.html`", body, StringComparison.Ordinal);
        Assert.Contains("`attacker-org/site/`", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_an_operator_allowed_are_written_and_nothing_is_reported()
    {
        await env.Running.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Allowed, 1, ["reach:500"]), RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.Jira.WritesTo("OPS-1").Count > 0, "the allowed Jira issue's description is written", 60);
        await Eventually.HoldsAsync(() => env.PageExistsAsync("octo-org-site/roadmap.html"), "the page under the owner's prefix is written", 60);
        await env.WaitUntilIdleAsync();
        Assert.DoesNotContain(env.GitHub.IssuesIn(Allowed), i => (string?)i["title"] == "Product Ops configuration");
    }

    [Fact]
    public async Task A_Jira_project_cannot_write_another_projects_issue_and_its_own_page_is_still_written()
    {
        var payload = JiraDeliveries.IssueUpdated("TES-301", new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow.AddMinutes(-1));
        env.Jira.Seed(payload["issue"]!);
        await env.Running.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.PageExistsAsync("jira/TES/roadmap.html"), "the project's own page is written", 60);
        await env.WaitUntilIdleAsync();
        Assert.Empty(env.Jira.WritesTo("HR-9"));
        Assert.Contains(env.Running.Logs.Lines, l => l.Contains("Jira project TES: a roadmap target is refused", StringComparison.Ordinal) && l.Contains("HR-9", StringComparison.Ordinal));
    }
}
