using Microsoft.Extensions.DependencyInjection;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Two app instances on one storage account: the blob lease makes one of them the roadmap's writer at a time.</summary>
public sealed class RoadmapTwoInstancesTests : IAsyncLifetime
{
    private const string Repo = "octo-org/roadmap";
    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;
    private RunningApp first = null!;
    private RunningApp second = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        github.AddFile(Repo, ".github/product-ops.yml", "roadmap:\n  file:\n    path: ROADMAP.md\n");
        var settings = RunningApp.Settings(azurite, github);
        settings["Roadmap:DebounceWindow"] = "00:00:05";
        first = await RunningApp.StartAsync(settings);
        second = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Events_spread_over_two_instances_make_one_commit_and_simultaneous_refreshes_write_once()
    {
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => (i % 2 == 0 ? first : second).Client.SendAsync(
            GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, i, ["reach:100", "impact:low", "confidence:50%", "effort:L"]), RunningApp.Secret))));
        await Eventually.HoldsAsync(() => github.Commits.Count > 0, "the roadmap is committed", 60);
        await WaitForQueuesAsync();
        Assert.Contains("20 open items", Assert.Single(github.Commits).Text);

        // A change in the index, then four refreshes at the same moment, taken by both instances.
        var index = first.Services.GetRequiredService<IItemStore>();
        await index.TrySaveAsync(new ItemRecord { Key = new ItemKey("github", Repo, "99"), Title = "Added behind the app's back", Url = $"https://github.com/{Repo}/issues/99" }, default);
        var queue = first.Services.GetRequiredService<StorageAccount>().Queue(StorageNames.RoadmapQueue);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => queue.SendMessageAsync(new RoadmapRefreshMessage("github", Repo, null).ToJson())));

        await Eventually.HoldsAsync(() => github.Commits.Count == 2, "the change is committed", 60);
        await WaitForQueuesAsync();
        Assert.Equal(2, github.Commits.Count);
        Assert.Contains("21 open items", github.Commits[1].Text);
    }

    private async Task WaitForQueuesAsync()
    {
        var storage = first.Services.GetRequiredService<StorageAccount>();
        async Task<int> Count(string name) => (await storage.Queue(name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        await Eventually.HoldsAsync(async () => await Count(StorageNames.EventsQueue) == 0 && await Count(StorageNames.RoadmapQueue) == 0, "both queues are empty", 60);
        await first.WaitUntilIdleAsync(timeoutSeconds: 90);
        await second.WaitUntilIdleAsync(timeoutSeconds: 90);
    }
}
