using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Commands;

/// <summary>End to end: what /kpi and /outcome record is on the next render of the stakeholder page.</summary>
public sealed class CommandsOnThePageTests(CommandsOnThePageTests.App env) : IClassFixture<CommandsOnThePageTests.App>
{
    private const string Repo = "octo-org/goals-page";

    public sealed class App : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Roadmap:DebounceWindow"] = "00:00:01";
            GitHub.AddFile(Repo, ".github/product-ops.yml", """
                roadmap:
                  html:
                    path: octo-org/goals-page/index.html
                goals:
                  - id: activation
                    title: More new teams reach value in their first week
                    kpi: { name: Week-1 activation, unit: "%", direction: up }
                    baseline: 32
                    target: { value: 45, by: 2027-06-30 }
                """);
            GitHub.Permit(Repo, "alice", "write");
        }
    }

    [Fact]
    public async Task A_recorded_kpi_and_outcome_are_on_the_next_page_and_a_refused_one_is_not()
    {
        await SendAsync("issues", GitHubDeliveries.Labeled(Repo, 1, ["goal:activation", "phase:alpha"]));
        await SendAsync("issues", GitHubDeliveries.Labeled(Repo, 2, ["goal:activation", "phase:live"]));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 1, 9101, "alice", "/kpi activation 47%"));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 2, 9102, "alice", "/outcome 3 fewer setup steps"));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 1, 9103, "mallory", "/kpi activation 99%"));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var page = await PageAsync() ?? "";
        while (!(page.Contains("now 47 %", StringComparison.Ordinal) && page.Contains("measured outcome: 3 fewer setup steps", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The page never showed the KPI and the outcome. Last page:\n" + page);
            await Task.Delay(200);
            page = await PageAsync() ?? "";
        }
        Assert.Contains("before 32 %", page);
        Assert.DoesNotContain("99 %", page);
    }

    private Task SendAsync(string eventName, System.Text.Json.Nodes.JsonObject payload) => CommentDeliveries.SendAsync(env.App, eventName, payload);

    private async Task<string?> PageAsync()
    {
        var blob = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer).GetBlobClient("octo-org/goals-page/index.html");
        return await blob.ExistsAsync() ? (await blob.DownloadContentAsync()).Value.Content.ToString() : null;
    }
}
