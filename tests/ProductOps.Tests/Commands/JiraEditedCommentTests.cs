using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

/// <summary>
/// Jira comment commands, created and edited. The comment_updated body is the real comment_created fixture
/// with its event name changed and an editor set: Jira sends the same comment and issue shape for both
/// (jira.js documents one CommentWebhookPayload for comment_created, comment_updated and comment_deleted).
/// </summary>
public sealed class JiraEditedCommentTests(JiraEditedCommentTests.App env) : IClassFixture<JiraEditedCommentTests.App>
{
    public sealed class App : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings) => Jira.PermitEditing("acc-alice");
    }

    [Fact]
    public async Task A_command_edited_into_a_Jira_comment_runs_once_and_an_unchanged_edit_runs_nothing()
    {
        Seed("TES-401");
        await SendAsync(Comment("TES-401", "10801", "acc-alice", "/estimate job-size 3"));
        await SendAsync(Comment("TES-401", "10801", "acc-alice", "/estimate job-size 3\n/estimate business-value 8", editor: "acc-alice"));

        var record = await RecordAsync("TES-401");
        Assert.Equal([("job-size", "3"), ("business-value", "8")], record.Estimates.Select(e => (e.Input, e.Raw)));
        var reply = Assert.Single(env.Jira.CommentsOn("TES-401"), c => c.Marker == "commands").Body.ToJsonString();
        Assert.Contains("/estimate business-value 8", reply);
        Assert.DoesNotContain("/estimate job-size 3", reply);
        var score = Assert.Single(env.Jira.CommentsOn("TES-401"), c => c.Marker == "score").Body.ToJsonString();
        Assert.Contains("Team estimates", score);
        Assert.Contains("acc-alice", score);

        var writes = env.Jira.WritesTo("TES-401").Count;
        await SendAsync(Comment("TES-401", "10801", "acc-alice", "/estimate job-size 3\n/estimate business-value 8 ", editor: "acc-alice"));
        Assert.Equal(writes, env.Jira.WritesTo("TES-401").Count);
        Assert.Equal(2, (await RecordAsync("TES-401")).Estimates.Count);
    }

    [Fact]
    public async Task An_edit_by_someone_who_cannot_edit_the_issue_runs_nothing()
    {
        Seed("TES-402");
        await SendAsync(Comment("TES-402", "10802", "acc-alice", "/estimate job-size 5\n/estimate job-size 13", editor: "acc-bob"));

        Assert.Empty((await RecordAsync("TES-402")).Estimates);
        var reply = Assert.Single(env.Jira.CommentsOn("TES-402"), c => c.Marker == "commands").Body.ToJsonString();
        Assert.Contains("people who can write to this project", reply);
        Assert.Contains("acc-bob", reply);
    }

    [Fact]
    public async Task An_edited_comment_without_commands_is_not_an_event_for_the_issue()
    {
        var identifier = await SendAsync(Comment("TES-403", "10803", "acc-alice", "Fixed a typo in my comment.", editor: "acc-alice"));

        Assert.Contains(env.App.Logs.Lines, l => l.Contains("[2002]", StringComparison.Ordinal) && l.Contains(identifier, StringComparison.Ordinal) && l.Contains("an edited comment without commands", StringComparison.Ordinal));
        Assert.Empty(env.Jira.WritesTo("TES-403"));
    }

    private void Seed(string key) =>
        env.Jira.Seed(JiraDeliveries.IssueUpdated(key, new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow)["issue"]!);

    /// <summary>A comment_created delivery, or with <paramref name="editor"/> a comment_updated one edited by that account.</summary>
    private JsonObject Comment(string key, string id, string author, string body, string? editor = null)
    {
        var payload = JiraDeliveries.Load("comment-created");
        payload["issue"]!["key"] = key;
        var comment = payload["comment"]!;
        comment["id"] = id;
        comment["body"] = body;
        comment["author"]!["accountId"] = author;
        comment["updateAuthor"]!["accountId"] = editor ?? author;
        if (editor is not null)
        {
            payload["webhookEvent"] = "comment_updated";
            comment["updated"] = FakeJira.Time(DateTimeOffset.UtcNow);
        }
        return payload;
    }

    private async Task<string> SendAsync(JsonObject payload)
    {
        var identifier = Guid.NewGuid().ToString();
        var response = await env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret, identifier));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("[2010]", StringComparison.Ordinal) && l.Contains(identifier, StringComparison.Ordinal)), $"delivery {identifier} is handled");
        return identifier;
    }

    private async Task<ItemRecord> RecordAsync(string key) =>
        await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("jira", "TES", key), CancellationToken.None) ?? ItemRecord.New(new ItemKey("jira", "TES", key));
}
