using System.Net;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Signed GitHub deliveries into the running app, through Azurite, to a fake GitHub.</summary>
public sealed class GitHubScoringTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private static readonly string[] RiceLabels = ["bug", "reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_labeled_issue_with_all_inputs_gets_a_priority_label_and_one_score_comment()
    {
        var response = await SendAsync(Labeled(1, RiceLabels));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForCommentAsync(1);
        var comment = Assert.Single(env.GitHub.CommentsOn(Repo, 1));
        Assert.StartsWith("<!-- product-ops:score hash=", comment.Body);
        Assert.Contains("800", comment.Body);
        var labelWrite = Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues/1/labels");
        Assert.Equal("[\"priority:P2\"]", labelWrite.RequestMessage!.Body);
    }

    [Fact]
    public async Task An_issue_missing_inputs_gets_needs_scoring_and_a_comment_listing_what_is_missing_never_a_zero()
    {
        await SendAsync(Labeled(2, ["reach:500", "impact:high"]));

        await WaitForCommentAsync(2);
        var comment = Assert.Single(env.GitHub.CommentsOn(Repo, 2)).Body;
        Assert.Contains("Confidence", comment);
        Assert.Contains("Effort", comment);
        Assert.Contains(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues/2/labels" && w.RequestMessage.Body!.Contains("needs-scoring"));
    }

    [Fact]
    public async Task The_same_delivery_sent_again_is_acknowledged_and_causes_no_new_writes()
    {
        // A redelivery is the same body under the same delivery id.
        var delivery = Guid.NewGuid().ToString();
        var payload = Labeled(3, RiceLabels);
        await SendAsync(payload, delivery);
        await WaitForCommentAsync(3);
        await env.App.WaitUntilIdleAsync();
        var writes = WritesFor(3);

        var again = await SendAsync(payload, delivery);

        // Ingress queues it again (one storage request before the 202); processing recognises it.
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, WritesFor(3));
        Assert.Single(env.GitHub.CommentsOn(Repo, 3));
    }

    [Fact]
    public async Task An_unchanged_issue_including_the_apps_own_label_event_costs_zero_writes()
    {
        var updated = DateTimeOffset.UtcNow.AddMinutes(-5);
        await SendAsync(Labeled(4, RiceLabels, updated));
        await WaitForCommentAsync(4);
        var priority = env.GitHub.Writes.Single(w => w.RequestMessage!.AbsolutePath == $"/repos/{Repo}/issues/4/labels").RequestMessage!.Body!;
        var label = System.Text.Json.JsonDocument.Parse(priority).RootElement[0].GetString()!;
        var writes = WritesFor(4);

        // GitHub's labeled event for the label the app just added, with the app as sender.
        var ownEvent = Labeled(4, [.. RiceLabels, label], updated.AddSeconds(1));
        ownEvent["sender"]!["login"] = "product-ops[bot]";
        await SendAsync(ownEvent);

        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.EventsQueue) == 0, "the event is processed");
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, WritesFor(4));
    }

    [Fact]
    public async Task A_500_from_GitHub_when_creating_the_comment_is_retried_and_leaves_exactly_one_comment()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/5/comments$", 500);

        await SendAsync(Labeled(5, RiceLabels));

        await WaitForCommentAsync(5);
        await env.App.WaitUntilIdleAsync();
        Assert.Single(env.GitHub.CommentsOn(Repo, 5));
    }

    [Fact]
    public async Task A_delivery_that_fails_five_times_ends_in_the_poison_queue()
    {
        env.GitHub.Fail("POST", $"^/repos/{Repo}/issues/6/labels$", 500, times: 5);
        var poisonBefore = await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue));

        await SendAsync(Labeled(6, RiceLabels));

        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)) == poisonBefore + 1, "the message is in tracker-events-poison");
        Assert.Equal(5, env.GitHub.Requests().Count(r => r.RequestMessage!.Method == "POST" && r.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/6/labels"));
        Assert.Empty(env.GitHub.CommentsOn(Repo, 6));
    }

    [Fact]
    public async Task A_delivery_older_than_what_the_index_holds_changes_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        await SendAsync(Labeled(7, RiceLabels, now));
        await WaitForCommentAsync(7);
        await env.App.WaitUntilIdleAsync();
        var writes = WritesFor(7);

        await SendAsync(Labeled(7, ["reach:1", "impact:minimal", "confidence:10%", "effort:XL"], now.AddMinutes(-10)));

        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.EventsQueue) == 0, "the event is processed");
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, WritesFor(7));
    }

    private const string Repo = "octo-org/roadmap";

    private static System.Text.Json.Nodes.JsonObject Labeled(int number, IEnumerable<string> labels, DateTimeOffset? updatedAt = null) =>
        GitHubDeliveries.Labeled(Repo, number, labels, updatedAt);

    private Task<HttpResponseMessage> SendAsync(System.Text.Json.Nodes.JsonNode payload, string? delivery = null) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, delivery));

    private Task WaitForCommentAsync(int number) =>
        Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, number).Count > 0, $"issue {number} has a score comment");

    private int WritesFor(int number)
    {
        var comments = env.GitHub.CommentsOn(Repo, number).Select(c => $"/repos/{Repo}/issues/comments/{c.Id}").ToHashSet();
        return env.GitHub.Writes.Count(w => w.RequestMessage!.AbsolutePath.StartsWith($"/repos/{Repo}/issues/{number}/") || comments.Contains(w.RequestMessage.AbsolutePath));
    }
}
