using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Processing;

/// <summary>
/// Issue 11: deliveries for one item that arrive together are coalesced into one reconciliation to
/// the newest snapshot, instead of each waiting for the item's lease and reconciling in turn.
/// </summary>
public sealed class CoalescingTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private const string Repo = "octo-org/burst";

    [Fact]
    public async Task A_burst_of_100_deliveries_on_one_issue_is_reconciled_a_handful_of_times_to_the_newest_snapshot()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        // Each delivery shows a newer snapshot, with another reach; the newest has reach 1000 (RICE 1600).
        var deliveries = Enumerable.Range(1, 100).Select(i =>
            GitHubDeliveries.Labeled(Repo, 1, [$"reach:{i * 10}", "impact:high", "confidence:80%", "effort:M"], start.AddSeconds(i))).ToList();

        var answers = await Task.WhenAll(deliveries.Select(d => env.App.Client.SendAsync(GitHubDeliveries.Request("issues", d, RunningApp.Secret))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        await env.WaitUntilIdleAsync();
        var record = await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("github", Repo, "1"), CancellationToken.None);
        Assert.Contains("reach:1000", record!.Labels);
        Assert.Equal(1600, record.Score!.Score);
        Assert.Single(env.GitHub.CommentsOn(Repo, 1));
        Assert.Contains("1600", env.GitHub.CommentsOn(Repo, 1)[0].Body);
        var reconciliations = env.App.Logs.Lines.Count(l => l.Contains($"[2001] Processed github:{Repo}#1 ", StringComparison.Ordinal));
        Assert.InRange(reconciliations, 1, 10);
        Assert.Equal(100, env.App.Logs.Lines.Count(l => l.Contains("[2010] Handled github issues delivery", StringComparison.Ordinal)
            && l.Contains("attempt 1)", StringComparison.Ordinal)));
    }
}
