using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// GitHub's <c>updated_at</c> counts whole seconds, and a payload's timestamp may be far ahead of any
/// real clock. Where the timestamp cannot order two snapshots, the issue as GitHub shows it decides.
/// </summary>
public sealed class SnapshotOrderTests(QuickRefreshApp env) : IClassFixture<QuickRefreshApp>
{
    private const string Repo = "octo-org/same-second";
    private static readonly string[] Current = ["reach:500", "impact:high", "confidence:80%", "effort:M"];
    private static readonly string[] Older = ["reach:1", "impact:minimal", "confidence:10%", "effort:XL"];
    private static readonly string[] Newer = ["reach:9000", "impact:massive", "confidence:100%", "effort:XS"];

    [Fact]
    public async Task An_older_snapshot_with_the_same_second_arriving_last_does_not_win()
    {
        var second = Second(DateTimeOffset.UtcNow.AddMinutes(-1));
        env.GitHub.AddIssue(Repo, 1, "Same second", Current, second);

        await SendAsync(1, Current, second);
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 1).Count == 1, "the issue is scored");
        await env.WaitUntilIdleAsync();
        await SendAsync(1, Older, second);

        await env.WaitUntilIdleAsync();
        Assert.Equal(["priority:P2"], env.GitHub.LabelsOn(Repo, 1).Where(l => l.StartsWith("priority:")));
        Assert.Contains("800", env.GitHub.CommentsOn(Repo, 1).Single().Body);
    }

    [Fact]
    public async Task A_timestamp_far_in_the_future_is_not_trusted_and_does_not_freeze_the_issue()
    {
        var now = Second(DateTimeOffset.UtcNow);
        env.GitHub.AddIssue(Repo, 2, "Future", Current, now);

        await SendAsync(2, Older, now.AddDays(365));
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 2).Count == 1, "the issue is scored");
        await env.WaitUntilIdleAsync();
        var scored = env.GitHub.CommentsOn(Repo, 2).Single().Body;
        Assert.Contains("800", scored);

        env.GitHub.AddIssue(Repo, 2, "Future", Newer, now.AddSeconds(5));
        await SendAsync(2, Newer, now.AddSeconds(5));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 2).Single().Body != scored, "the genuine later delivery is applied");
        await env.WaitUntilIdleAsync();
        Assert.NotEqual("priority:P2", Assert.Single(env.GitHub.LabelsOn(Repo, 2), l => l.StartsWith("priority:")));
    }

    [Fact]
    public async Task The_snapshot_already_applied_arriving_again_writes_nothing()
    {
        // What a duplicate does when its message reaches the queue before ingress recognises its
        // delivery id: the same snapshot, which predates the app's own label and comment.
        var second = Second(DateTimeOffset.UtcNow.AddMinutes(-1));
        env.GitHub.AddIssue(Repo, 3, "Applied once", Current, second);
        await SendAsync(3, Current, second);
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 3).Count == 1, "the issue is scored");
        await env.WaitUntilIdleAsync();
        var writes = WritesOn(3);

        await SendAsync(3, Current, second);

        await env.WaitUntilIdleAsync();
        Assert.Equal(writes, WritesOn(3));
    }

    private int WritesOn(int number) => env.GitHub.Writes.Count(w => w.RequestMessage!.AbsolutePath.StartsWith($"/repos/{Repo}/issues/{number}/", StringComparison.Ordinal));

    private static DateTimeOffset Second(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private Task<HttpResponseMessage> SendAsync(int number, string[] labels, DateTimeOffset updatedAt) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, number, labels, updatedAt), RunningApp.Secret));
}
