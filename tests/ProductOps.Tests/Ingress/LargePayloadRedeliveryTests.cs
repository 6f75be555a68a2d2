using System.Net;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>
/// A payload too large for a queue message travels in a blob. A redelivery racing the original
/// used to overwrite the original's blob and then delete it as a duplicate, so the original failed
/// into poison (issue 12, item 5).
/// </summary>
public sealed class LargePayloadRedeliveryTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private const string Repo = "octo-org/large";

    [Fact]
    public async Task A_large_issue_payload_delivered_twice_in_a_race_is_scored_once_and_nothing_goes_to_poison()
    {
        var payload = GitHubDeliveries.Labeled(Repo, 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]);
        payload["issue"]!["body"] = new string('x', 100 * 1024);
        var delivery = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, delivery))));

        // Both are queued, each with its own payload blob; processing recognises the second.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 1).Count > 0, "the issue is scored");
        await env.WaitUntilIdleAsync();
        Assert.Single(env.GitHub.CommentsOn(Repo, 1));
        Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues/1/labels");
        Assert.Equal(0, await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)));
    }
}
