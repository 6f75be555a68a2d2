using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// GitHub sometimes applies a write and answers after the client gave up. The comment exists, the
/// app does not know its id; the retry must find it again instead of writing a second one.
/// </summary>
public sealed class LateCommentWriteTests(LateCommentWriteTests.ShortTimeout env) : IClassFixture<LateCommentWriteTests.ShortTimeout>
{
    public sealed class ShortTimeout : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["GitHub:RequestTimeout"] = "00:00:01";
    }

    private const string Repo = "octo-org/late-writes";
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_score_comment_created_but_answered_after_the_timeout_is_not_written_twice()
    {
        env.GitHub.AnswerLate("POST", $"^/repos/{Repo}/issues/1/comments$", TimeSpan.FromSeconds(4));

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, 1, Inputs), RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 1).Count > 0, "the score comment exists");
        await env.WaitUntilIdleAsync();
        var comment = Assert.Single(env.GitHub.CommentsOn(Repo, 1));
        Assert.StartsWith("<!-- product-ops:score hash=", comment.Body);
        Assert.Single(env.GitHub.Requests(), r => r.RequestMessage!.Method == "POST" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/1/comments");
    }
}
