using ProductOps.Tests.Infrastructure;
using WireMock.Logging;

namespace ProductOps.Tests.EndToEnd;

/// <summary>
/// What each kind of event costs in GitHub API calls, read off the fake GitHub's request log.
/// The budget: reads only for configuration (cached per repository), writes only for what changed.
/// </summary>
public sealed class GitHubApiBudgetTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private static readonly string[] P2Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_new_issue_that_scores_costs_two_config_reads_and_two_writes()
    {
        var calls = await SendAndCountAsync("octo-org/budget-new", 1, P2Inputs, DateTimeOffset.UtcNow);

        Assert.Equal(2, calls.Reads.Count);
        Assert.All(calls.Reads, r => Assert.Contains("/contents/.github/product-ops.yml", r));
        Assert.Equal(["POST /repos/octo-org/budget-new/issues/1/labels", "POST /repos/octo-org/budget-new/issues/1/comments"], calls.Writes);
    }

    [Fact]
    public async Task An_unchanged_issue_costs_no_call_at_all()
    {
        var t = DateTimeOffset.UtcNow;
        await SendAndCountAsync("octo-org/budget-same", 1, P2Inputs, t);

        var calls = await SendAndCountAsync("octo-org/budget-same", 1, [.. P2Inputs, "priority:P2"], t.AddSeconds(5));

        Assert.Empty(calls.Reads);
        Assert.Empty(calls.Writes);
    }

    [Fact]
    public async Task A_score_change_within_the_same_bucket_costs_one_comment_edit()
    {
        var t = DateTimeOffset.UtcNow;
        await SendAndCountAsync("octo-org/budget-edit", 1, P2Inputs, t);

        var calls = await SendAndCountAsync("octo-org/budget-edit", 1, ["reach:600", "impact:high", "confidence:80%", "effort:M", "priority:P2"], t.AddSeconds(5));

        Assert.Empty(calls.Reads);
        Assert.Equal("PATCH", Assert.Single(calls.Writes).Split(' ')[0]);
    }

    [Fact]
    public async Task A_bucket_change_costs_removing_the_old_label_adding_the_new_one_and_editing_the_comment()
    {
        var t = DateTimeOffset.UtcNow;
        await SendAndCountAsync("octo-org/budget-bucket", 1, P2Inputs, t);

        var calls = await SendAndCountAsync("octo-org/budget-bucket", 1, ["reach:500", "impact:massive", "confidence:80%", "effort:M", "priority:P2"], t.AddSeconds(5));

        Assert.Empty(calls.Reads);
        Assert.Equal(3, calls.Writes.Count);
        Assert.Equal("DELETE /repos/octo-org/budget-bucket/issues/1/labels/priority:P2", Uri.UnescapeDataString(calls.Writes[0]));
        Assert.Equal("POST /repos/octo-org/budget-bucket/issues/1/labels", calls.Writes[1]);
        Assert.StartsWith("PATCH /repos/octo-org/budget-bucket/issues/comments/", calls.Writes[2]);
    }

    private async Task<(List<string> Reads, List<string> Writes)> SendAndCountAsync(string repo, int number, string[] labels, DateTimeOffset updatedAt)
    {
        var before = env.GitHub.Requests().Count;
        var payload = GitHubDeliveries.Labeled(repo, number, labels, updatedAt);
        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Count(l => l.Contains($"Processed github:{repo}#{number}")) > ProcessedBefore(repo, number), "the event is processed");
        processed[(repo, number)] = ProcessedBefore(repo, number) + 1;

        var mine = env.GitHub.Requests().Skip(before).Where(r => Mentions(r, repo)).ToList();
        return (mine.Where(r => r.RequestMessage!.Method == "GET").Select(Line).ToList(),
                mine.Where(r => r.RequestMessage!.Method != "GET").Select(Line).ToList());
    }

    private readonly Dictionary<(string, int), int> processed = [];

    private int ProcessedBefore(string repo, int number) => processed.GetValueOrDefault((repo, number));

    private static bool Mentions(ILogEntry r, string repo) =>
        r.RequestMessage!.AbsolutePath.StartsWith($"/repos/{repo}/") || r.RequestMessage.AbsolutePath.StartsWith("/repos/octo-org/.github/");

    private static string Line(ILogEntry r) => $"{r.RequestMessage!.Method} {r.RequestMessage.AbsolutePath}";
}
