using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>An update to a Jira tracking issue: one ADF comment carrying the update's marker, written once.</summary>
public sealed class JiraCommentChannelTests(JiraCommentChannelTests.Environment env) : IClassFixture<JiraCommentChannelTests.Environment>
{
    public sealed class Environment : AppWithFakeJira;

    [Fact]
    public async Task A_digest_to_a_Jira_issue_is_one_ADF_comment_with_the_updates_marker()
    {
        env.Jira.Seed(JiraDeliveries.IssueUpdated("TES-7", new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), DateTimeOffset.UtcNow)["issue"]!);
        var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", "digest.model.json"))).RootElement.Clone();
        var update = new UpdateMessage
        {
            Id = "jira-digest-1", Template = UpdateTemplates.Digest, Provider = "jira", Container = "TES",
            Target = new UpdateTarget(UpdateTargetKind.Issue, "TES-7"), Model = model, CreatedAt = DateTimeOffset.UtcNow,
        };
        var queue = env.App.Services.GetRequiredService<UpdateQueue>();

        await queue.EnqueueAsync(update, CancellationToken.None);
        await Eventually.HoldsAsync(() => env.Jira.CommentsOn("TES-7").Count == 1, "the comment is written");
        await queue.EnqueueAsync(update, CancellationToken.None);
        await env.App.WaitUntilIdleAsync();

        var comment = Assert.Single(env.Jira.CommentsOn("TES-7"));
        Assert.Equal("update-jira-digest-1", comment.Marker);
        Assert.Equal("doc", comment.Body["type"]!.GetValue<string>());
        var json = comment.Body.ToJsonString();
        Assert.Contains("Product digest for octo-org/app", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"link\"", json, StringComparison.Ordinal);
        Assert.Contains("https://github.com/octo-org/app/issues/42", json, StringComparison.Ordinal);
    }
}
