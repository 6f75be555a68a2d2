using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Tests.Updates;
using ProductOps.Updates;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// A deferral (rate limit, Retry-After, update back-off) is a delayed copy of the message, never a
/// failed invocation: with host.json's <c>maxDequeueCount</c> at 1, where one failure would poison the
/// message, a message deferred again and again still goes through, after each delay.
/// </summary>
public sealed class DeferralTests(DeferralTests.Environment env) : IClassFixture<DeferralTests.Environment>
{
    private const string Repo = "octo-org/deferred";

    public sealed class Environment : AppWithFakeWebhooks
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "1";
            settings["GitHub:MaxRateLimitWait"] = "00:00:01";
            settings["Updates:RetryDelay"] = "00:00:01";
            settings["Updates:MaxRetryDelay"] = "00:00:01";
        }
    }

    [Fact]
    public async Task An_event_deferred_twice_by_retry_after_uses_no_attempt_and_comes_back_after_each_delay()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/1/labels$", 403, times: 2, headers: new Dictionary<string, string> { ["retry-after"] = "2" });

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]), RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 1).Count > 0, "the event goes through after its deferrals");
        await env.WaitUntilIdleAsync();
        var posts = env.GitHub.Requests().Where(r => r.RequestMessage!.Method == "POST" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/1/labels")
            .Select(r => r.RequestMessage!.DateTime).Order().ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts.Zip(posts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1.9), $"came back after {pair.Second - pair.First}"));
        Assert.Single(env.GitHub.CommentsOn(Repo, 1));
        Assert.Equal(0, await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("deferred (2 so far)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_backing_off_after_a_500_uses_no_attempt_and_comes_back_after_its_delay()
    {
        await env.QueueAsync("backoff-1", new UpdateTarget(UpdateTargetKind.Slack, "flaky"));

        await Eventually.HoldsAsync(() => env.Hooks.Requests("/flaky").Count == 2, "the update is delivered after backing off");
        await env.WaitUntilIdleAsync();
        var posts = env.Hooks.Requests("/flaky").Select(e => e.RequestMessage!.DateTime).Order().ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1] - posts[0] >= TimeSpan.FromSeconds(0.95), $"came back after {posts[1] - posts[0]}");
        Assert.Equal(0, await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.UpdatesQueue)));
    }
}
