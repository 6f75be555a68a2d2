using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;
using static ProductOps.Tests.Infrastructure.AppWithFakeJira;

namespace ProductOps.Tests.EndToEnd;

/// <summary>The other Jira events, rate limits and events Product Ops does not act on, end to end.</summary>
public sealed class JiraEventTests(AppWithFakeJira env) : IClassFixture<AppWithFakeJira>
{
    private static readonly Dictionary<string, JsonNode?> Inputs = new()
    {
        [BusinessValue] = 8.0, [TimeCriticality] = 5.0, [RiskReduction] = 3.0, [StorySize] = 5.0,
    };

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_before_the_write_is_sent_again()
    {
        env.Jira.Fail("PUT", "^/rest/api/3/issue/TES-201$", 429, headers: new Dictionary<string, string> { ["Retry-After"] = "2" });

        await SendAsync(Seeded(JiraDeliveries.IssueUpdated("TES-201", Inputs, DateTimeOffset.UtcNow)));

        await Eventually.HoldsAsync(() => env.Jira.CommentsOn("TES-201").Count > 0, "TES-201 has a score comment");
        var puts = env.Jira.Requests().Where(e => e.RequestMessage!.Method == "PUT" && e.RequestMessage.AbsolutePath == "/rest/api/3/issue/TES-201").ToList();
        Assert.Equal(429, puts[0].ResponseMessage!.StatusCode);
        var spacing = puts[1].RequestMessage!.DateTime - puts[0].RequestMessage!.DateTime;
        Assert.True(spacing >= TimeSpan.FromMilliseconds(1950), $"retried after {spacing.TotalMilliseconds} ms");
        Assert.Equal(puts[0].RequestMessage!.Body, puts[1].RequestMessage!.Body);
        Assert.Contains("priority:P3", env.Jira.LabelsOf("TES-201"));
    }

    [Fact]
    public async Task A_comment_event_carries_part_of_the_issue_so_the_whole_issue_is_read_before_scoring()
    {
        Seeded(JiraDeliveries.IssueUpdated("TES-202", Inputs, DateTimeOffset.UtcNow));
        var payload = JiraDeliveries.Load("comment-created");
        payload["issue"]!["key"] = "TES-202";

        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(payload)).StatusCode);

        await Eventually.HoldsAsync(() => env.Jira.CommentsOn("TES-202").Count > 0, "TES-202 has a score comment");
        Assert.Contains(env.Jira.Requests(), e => e.RequestMessage!.Method == "GET" && e.RequestMessage.AbsolutePath == "/rest/api/3/issue/TES-202");
        Assert.Equal(3.2, env.Jira.FieldsOf("TES-202")[WsjfScore]!.GetValue<double>());
    }

    [Fact]
    public async Task A_deleted_issue_is_marked_deleted_in_the_board_index_and_nothing_is_written()
    {
        await SendAsync(Seeded(JiraDeliveries.IssueUpdated("TES-203", Inputs, DateTimeOffset.UtcNow.AddMinutes(-5))));
        await Eventually.HoldsAsync(() => env.Jira.CommentsOn("TES-203").Count > 0, "TES-203 has a score comment");
        var writes = env.Jira.WritesTo("TES-203").Count;
        var deleted = JiraDeliveries.Load("issue-deleted");
        deleted["issue"]!["key"] = "TES-203";
        deleted["issue"]!["fields"]!["project"]!["key"] = "TES";
        deleted["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        await SendAsync(deleted);

        var store = env.App.Services.GetRequiredService<IItemStore>();
        await Eventually.HoldsAsync(async () => (await store.GetAsync(new ItemKey("jira", "TES", "TES-203"), default))?.State == ItemState.Deleted,
            "the board index shows TES-203 deleted");
        Assert.Equal(writes, env.Jira.WritesTo("TES-203").Count);
    }

    [Fact]
    public async Task An_event_Product_Ops_does_not_act_on_is_acknowledged_and_ignored_with_a_log_line()
    {
        var identifier = Guid.NewGuid().ToString();
        var worklog = new JsonObject
        {
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["webhookEvent"] = "worklog_updated",
            ["worklog"] = new JsonObject { ["id"] = "10100", ["issueId"] = "10040", ["timeSpent"] = "2h", ["timeSpentSeconds"] = 7200 },
        };

        var response = await env.App.Client.SendAsync(JiraDeliveries.Request(worklog, RunningApp.Secret, identifier));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.Logs.Lines.Any(l => l.Contains($"Ignored jira worklog_updated delivery {identifier}")),
            "the ignored event is logged");
    }

    private JsonObject Seeded(JsonObject payload)
    {
        env.Jira.Seed(payload["issue"]!);
        return payload;
    }

    private Task<HttpResponseMessage> SendAsync(JsonNode payload) =>
        env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret));
}
