using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Processing;

/// <summary>
/// Issue 11's storage budget: at most four storage requests to process an event that changes an
/// item, none beyond the queue message itself when it changes nothing (a redelivery, an older
/// snapshot). Counted by the app's own storage clients (<see cref="StorageRequestCounter"/>).
/// </summary>
public sealed class StorageBudgetTests(StorageBudgetTests.AppWithDefaultDebounce env) : IClassFixture<StorageBudgetTests.AppWithDefaultDebounce>
{
    private const string Repo = "octo-org/budget";
    private static readonly string[] RiceLabels = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    /// <summary>The production roadmap debounce (the other fixtures shorten it so idle waits end soon).</summary>
    public sealed class AppWithDefaultDebounce : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Roadmap:DebounceWindow"] = "00:05:00";
    }

    [Fact]
    public async Task An_event_that_changes_an_indexed_issue_costs_at_most_four_storage_requests()
    {
        var updated = DateTimeOffset.UtcNow.AddMinutes(-10);
        await SendAndWaitAsync(GitHubDeliveries.Labeled(Repo, 1, RiceLabels, updated));

        // Someone adds a label: the snapshot shows it and the app's own priority label; nothing to write to GitHub.
        var requests = await ProcessingRequestsAsync(GitHubDeliveries.Labeled(Repo, 1, [.. RiceLabels, "priority:P2", "bug"], updated.AddSeconds(1)));

        Assert.True(requests.Values.Sum() <= 4, StorageRequests.Describe(requests));
    }

    [Fact]
    public async Task An_event_that_changes_the_score_costs_four_storage_requests_plus_one_per_GitHub_write()
    {
        var updated = DateTimeOffset.UtcNow.AddMinutes(-10);
        await SendAndWaitAsync(GitHubDeliveries.Labeled(Repo, 3, RiceLabels, updated));
        var writesBefore = env.GitHub.Writes.Count;

        // Reach 500 -> 5000: a new priority label, the old one removed, the score comment edited.
        var requests = await ProcessingRequestsAsync(GitHubDeliveries.Labeled(Repo, 3, ["reach:5000", "impact:high", "confidence:80%", "effort:M", "priority:P2"], updated.AddSeconds(1)));

        // Each GitHub write takes a slot in the installation's shared write schedule (the pacing table).
        var writes = env.GitHub.Writes.Count - writesBefore;
        Assert.True(writes > 0, "the score changed, so GitHub is written");
        Assert.True(requests.Values.Sum() <= 4 + writes, $"{writes} GitHub writes; storage: {StorageRequests.Describe(requests)}");
    }

    [Fact]
    public async Task A_redelivery_and_an_older_snapshot_cost_no_storage_request_beyond_their_message()
    {
        var updated = DateTimeOffset.UtcNow.AddMinutes(-10);
        var payload = GitHubDeliveries.Labeled(Repo, 2, RiceLabels, updated);
        var delivery = Guid.NewGuid().ToString();
        await SendAndWaitAsync(payload, delivery);

        var redelivery = await ProcessingRequestsAsync(payload, delivery);
        var older = await ProcessingRequestsAsync(GitHubDeliveries.Labeled(Repo, 2, ["reach:1"], updated.AddSeconds(-30)));

        Assert.Empty(redelivery);
        Assert.Empty(older);
        Assert.Single(env.GitHub.CommentsOn(Repo, 2));
    }

    private async Task<Dictionary<string, long>> ProcessingRequestsAsync(System.Text.Json.Nodes.JsonNode payload, string? delivery = null)
    {
        var counter = env.App.Services.GetRequiredService<StorageAccount>().Requests;
        var before = counter.Snapshot();
        await SendAndWaitAsync(payload, delivery);
        return StorageRequests.ByProcessing(before, counter.Snapshot());
    }

    /// <summary>Sends a delivery and waits until processing has handled it (its "Handled" log line).</summary>
    private async Task SendAndWaitAsync(System.Text.Json.Nodes.JsonNode payload, string? delivery = null)
    {
        delivery ??= Guid.NewGuid().ToString();
        var handled = Handled(delivery);
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, delivery));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => Handled(delivery) > handled, $"delivery {delivery} is handled");
    }

    private int Handled(string delivery) => env.App.Logs.Lines.Count(l => l.Contains($"[2010] Handled github issues delivery {delivery}:", StringComparison.Ordinal));
}
