using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// GitHub sometimes applies a write and answers after the client gave up. The comment exists, the
/// app does not know its id; the retry must find it again instead of writing a second one.
/// </summary>
public sealed class LateCommentWriteTests(LateCommentWriteTests.ShortTimeout env) : IClassFixture<LateCommentWriteTests.ShortTimeout>
{
    public sealed class ShortTimeout : QuickRefreshApp
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["GitHub:RequestTimeout"] = "00:00:01";
            settings["GitHub:WriteSettleTime"] = "00:00:06";
        }
    }

    private const string Repo = "octo-org/late-writes";
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_score_comment_created_but_answered_after_the_timeout_is_found_again_not_written_twice()
    {
        env.GitHub.AnswerLate("POST", $"^/repos/{Repo}/issues/1/comments$", TimeSpan.FromSeconds(4));

        await SendAsync(1);

        await AssertOneCommentAsync(1, creates: 1);
    }

    [Fact]
    public async Task A_score_comment_that_GitHub_applies_only_after_the_client_gave_up_is_waited_for_not_written_twice()
    {
        // GitHub takes 3 s to apply the create; the client gives up after 1 s and the queue retries at once.
        env.GitHub.Hang("POST", $"^/repos/{Repo}/issues/2/comments$", TimeSpan.FromSeconds(3));

        await SendAsync(2);

        await AssertOneCommentAsync(2, creates: 1);
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("may still be being created"));
    }

    private Task SendAsync(int number) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, number, Inputs), RunningApp.Secret));

    private async Task AssertOneCommentAsync(int number, int creates)
    {
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, number).Count > 0, "the score comment exists");
        // The fake logs a request once it has answered it: wait for the late answer, then for the app.
        await Eventually.HoldsAsync(() => Creates(number) >= creates, "GitHub has answered the create");
        await env.WaitUntilIdleAsync();
        var comment = Assert.Single(env.GitHub.CommentsOn(Repo, number));
        Assert.StartsWith("<!-- product-ops:score hash=", comment.Body);
        Assert.Equal(creates, Creates(number));
    }

    private int Creates(int number) =>
        env.GitHub.Requests().Count(r => r.RequestMessage!.Method == "POST" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/{number}/comments");
}
