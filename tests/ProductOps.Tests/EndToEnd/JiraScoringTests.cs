using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;
using static ProductOps.Tests.Infrastructure.AppWithFakeJira;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Signed Jira deliveries into the running app, through Azurite, to a WireMock Jira speaking REST v3.</summary>
public sealed class JiraScoringTests(AppWithFakeJira env) : IClassFixture<AppWithFakeJira>
{
    // WSJF = (8 + 5 + 3) / 5 = 3.2, in the default P3 bucket (2 to 4). Jira sends numbers as doubles.
    private static readonly Dictionary<string, JsonNode?> Inputs = new()
    {
        [BusinessValue] = 8.0, [TimeCriticality] = 5.0, [RiskReduction] = 3.0, [StorySize] = 5.0,
    };

    [Fact]
    public async Task An_issue_updated_with_new_input_fields_gets_the_score_field_the_priority_label_and_one_ADF_comment_written_once()
    {
        var response = await SendUpdatedAsync("TES-101", Inputs, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await WaitForCommentAsync("TES-101");
        await env.App.WaitUntilIdleAsync();
        var writes = env.Jira.WritesTo("TES-101").Select(w => w.RequestMessage!).ToList();
        Assert.Equal(3, writes.Count);
        Assert.Equal("""{"update":{"labels":[{"add":"priority:P3"}]}}""", writes[0].Body);
        Assert.Equal($$$"""{"fields":{"{{{WsjfScore}}}":3.2}}""", writes[1].Body);
        Assert.Equal(("POST", "/rest/api/3/issue/TES-101/comment"), (writes[2].Method, writes[2].AbsolutePath));
        var comment = Assert.Single(env.Jira.CommentsOn("TES-101"));
        Assert.Equal("score", comment.Marker);
        Assert.Equal("doc", comment.Body["type"]!.GetValue<string>());
        Assert.Contains("3.2", comment.Body.ToJsonString());
        Assert.Contains("priority:P3", env.Jira.LabelsOf("TES-101"));
        Assert.Equal(3.2, env.Jira.FieldsOf("TES-101")[WsjfScore]!.GetValue<double>());
    }

    [Fact]
    public async Task The_same_delivery_retried_with_its_webhook_identifier_is_acknowledged_and_causes_no_new_writes()
    {
        var identifier = Guid.NewGuid().ToString();
        var updated = DateTimeOffset.UtcNow;
        await SendUpdatedAsync("TES-102", Inputs, updated, identifier);
        await WaitForCommentAsync("TES-102");
        await env.App.WaitUntilIdleAsync();
        var writes = env.Jira.WritesTo("TES-102").Count;

        var again = await SendUpdatedAsync("TES-102", Inputs, updated, identifier, seed: false);

        // Ingress queues it again (one storage request before the 202); processing recognises it.
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, env.Jira.WritesTo("TES-102").Count);
    }

    [Fact]
    public async Task Jiras_webhook_for_the_apps_own_edits_costs_zero_writes()
    {
        await SendUpdatedAsync("TES-103", Inputs, DateTimeOffset.UtcNow.AddMinutes(-1));
        await WaitForCommentAsync("TES-103");
        await env.App.WaitUntilIdleAsync();
        var writes = env.Jira.WritesTo("TES-103").Count;

        // What Jira sends after our edits: the issue as it now is (label, score field, newer updated).
        var echo = JiraDeliveries.IssueUpdated("TES-103", new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow);
        echo["issue"]!["fields"] = env.Jira.FieldsOf("TES-103").DeepClone();
        var identifier = Guid.NewGuid().ToString();
        await env.App.Client.SendAsync(JiraDeliveries.Request(echo, RunningApp.Secret, identifier));

        await Eventually.HoldsAsync(() => env.Logs.Lines.Any(l => l.Contains($"delivery {identifier}: Applied")), "the echo is applied, not skipped");
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, env.Jira.WritesTo("TES-103").Count);
    }

    [Fact]
    public async Task A_delivery_older_than_what_the_index_holds_does_not_regress_the_item()
    {
        var now = DateTimeOffset.UtcNow;
        await SendUpdatedAsync("TES-104", Inputs, now);
        await WaitForCommentAsync("TES-104");
        await env.App.WaitUntilIdleAsync();
        var writes = env.Jira.WritesTo("TES-104").Count;

        var older = new Dictionary<string, JsonNode?>(Inputs) { [BusinessValue] = 1.0, [StorySize] = 13.0 };
        var identifier = Guid.NewGuid().ToString();
        await SendUpdatedAsync("TES-104", older, now.AddMinutes(-10), identifier, seed: false);

        await Eventually.HoldsAsync(() => env.Logs.Lines.Any(l => l.Contains($"Skipped stale delivery {identifier}")), "the older delivery is skipped");
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(writes, env.Jira.WritesTo("TES-104").Count);
        var record = await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("jira", "TES", "TES-104"), default);
        Assert.Equal(3.2, record!.Score!.Score);
        Assert.Equal("priority:P3", record.Priority);
    }

    [Fact]
    public async Task An_issue_missing_inputs_gets_needs_scoring_and_its_score_field_is_never_written()
    {
        await SendUpdatedAsync("TES-105", new Dictionary<string, JsonNode?> { [BusinessValue] = 8.0 }, DateTimeOffset.UtcNow);

        await WaitForCommentAsync("TES-105");
        await env.App.WaitUntilIdleAsync();
        Assert.Contains("needs-scoring", env.Jira.LabelsOf("TES-105"));
        Assert.DoesNotContain(env.Jira.WritesTo("TES-105"), w => w.RequestMessage!.Body!.Contains(WsjfScore));
        Assert.Contains("Story size", Assert.Single(env.Jira.CommentsOn("TES-105")).Body.ToJsonString());
    }

    private Task<HttpResponseMessage> SendUpdatedAsync(
        string key, IReadOnlyDictionary<string, JsonNode?> fields, DateTimeOffset updated, string? identifier = null, bool seed = true)
    {
        var payload = JiraDeliveries.IssueUpdated(key, fields, updated);
        if (seed)
        {
            env.Jira.Seed(payload["issue"]!);
        }

        return env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret, identifier));
    }

    private Task WaitForCommentAsync(string key) =>
        Eventually.HoldsAsync(() => env.Jira.CommentsOn(key).Count > 0, $"{key} has a score comment");
}
