using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// GitHub misbehaving the ways it really does: server errors, timeouts, dropped connections and
/// rate limits. Whatever happens, each issue ends with its label added once and exactly one comment.
/// </summary>
public sealed class GitHubFaultTests(GitHubFaultTests.ShortTimeouts env) : IClassFixture<GitHubFaultTests.ShortTimeouts>
{
    public sealed class ShortTimeouts : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["GitHub:RequestTimeout"] = "00:00:01";
            settings["GitHub:MaxRateLimitWait"] = "00:00:02";
        }
    }

    private const string Repo = "octo-org/faults";
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_502_on_a_read_is_retried_in_place()
    {
        env.GitHub.Fail("GET", $"^/repos/{Repo}/issues/1/comments$", 502, times: 2);

        await SendAsync(1, commentCount: 1);

        await AssertConvergedAsync(1);
    }

    [Fact]
    public async Task A_read_that_times_out_is_retried()
    {
        env.GitHub.Hang("GET", $"^/repos/{Repo}/issues/2/comments$", TimeSpan.FromSeconds(3));

        await SendAsync(2, commentCount: 1);

        await AssertConvergedAsync(2);
    }

    [Fact]
    public async Task A_connection_reset_while_creating_the_comment_leaves_exactly_one_comment()
    {
        env.GitHub.Reset("POST", $"^/repos/{Repo}/issues/3/comments$");

        await SendAsync(3);

        // The retry adds the label again (the event still shows the issue without it); adding a
        // label an issue already has changes nothing on GitHub and shows nothing in its timeline.
        await AssertConvergedAsync(3, labelAdds: 2);
    }

    [Fact]
    public async Task A_secondary_rate_limit_with_retry_after_is_waited_out_before_the_write_is_repeated()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/4/labels$", 403, headers: new Dictionary<string, string> { ["retry-after"] = "1" });

        await SendAsync(4);

        await AssertConvergedAsync(4);
        var attempts = LabelPosts(4);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1] - attempts[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/5/comments$", 429, headers: new Dictionary<string, string> { ["retry-after"] = "1" });

        await SendAsync(5);

        await AssertConvergedAsync(5);
    }

    [Fact]
    public async Task An_exhausted_rate_limit_waits_until_x_ratelimit_reset()
    {
        var reset = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString();
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/6/labels$", 403, headers: new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset });

        await SendAsync(6);

        await AssertConvergedAsync(6);
        var attempts = LabelPosts(6);
        Assert.True(attempts[1] >= DateTimeOffset.FromUnixTimeSeconds(long.Parse(reset)).UtcDateTime, "the retry came before the reset time");
    }

    [Fact]
    public async Task A_wait_longer_than_worth_holding_puts_the_event_back_on_the_queue_for_that_long()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/7/labels$", 403, headers: new Dictionary<string, string> { ["retry-after"] = "3" });

        await SendAsync(7);

        await AssertConvergedAsync(7);
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("deferred") && l.Contains("GitHub rate limit"));
        var attempts = LabelPosts(7);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(2.9));
    }

    private Task SendAsync(int number, int commentCount = 0)
    {
        var payload = GitHubDeliveries.Labeled(Repo, number, Inputs);
        payload["issue"]!["comments"] = commentCount;
        return env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
    }

    private async Task AssertConvergedAsync(int number, int labelAdds = 1)
    {
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, number).Count > 0, $"issue {number} has its score comment");
        await env.App.WaitUntilIdleAsync();
        Assert.Single(env.GitHub.CommentsOn(Repo, number));
        var adds = env.GitHub.Writes.Where(w => w.RequestMessage!.Method == "POST" && w.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/{number}/labels").ToList();
        Assert.Equal(labelAdds, adds.Count);
        Assert.All(adds, a => Assert.Equal("[\"priority:P2\"]", a.RequestMessage!.Body));
    }

    private List<DateTime> LabelPosts(int number) =>
        env.GitHub.Requests().Where(r => r.RequestMessage!.Method == "POST" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/{number}/labels")
            .Select(r => r.RequestMessage!.DateTime).ToList();
}
