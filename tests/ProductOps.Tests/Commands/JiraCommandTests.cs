using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Outcomes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Commands;

/// <summary>Jira comment_created deliveries with commands: permission checked through user/permission/search, recorded once.</summary>
public sealed class JiraCommandTests(JiraCommandTests.App env) : IClassFixture<JiraCommandTests.App>
{
    public sealed class App : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Jira:Projects:TES:Config"] = ProjectConfig + """

                goals:
                  - id: activation
                    title: More new teams reach value in their first week
                    kpi: { name: Week-1 activation, unit: "%", direction: up }
                    baseline: 32
                    target: { value: 45, by: 2027-06-30 }
                """;
            Jira.PermitEditing("acc-alice");
        }
    }

    [Fact]
    public async Task An_editors_kpi_is_recorded_once_and_answered_in_one_reply_comment()
    {
        var payload = Comment("TES-301", "10501", "acc-alice", "Fresh numbers:\n/kpi activation 44%");

        await SendAsync(payload);
        await SendAsync(payload);

        Assert.Single(await KpisAsync(), k => k is { SourceId: "10501", Value: 44, Author: "acc-alice" });
        var reply = Assert.Single(env.Jira.CommentsOn("TES-301"), c => c.Marker == "commands");
        Assert.Contains("/kpi activation 44%", reply.Body.ToJsonString());
        Assert.Contains("done.", reply.Body.ToJsonString());
    }

    [Fact]
    public async Task Someone_who_cannot_edit_the_issue_is_told_once_and_nothing_is_recorded()
    {
        await SendAsync(Comment("TES-302", "10601", "acc-bob", "/kpi activation 99"));
        await SendAsync(Comment("TES-302", "10602", "acc-bob", "/kpi activation 98"));

        Assert.DoesNotContain(await KpisAsync(), k => k.Author == "acc-bob");
        var reply = Assert.Single(env.Jira.CommentsOn("TES-302"));
        Assert.Contains("people who can write to this project", reply.Body.ToJsonString());
    }

    [Fact]
    public async Task Commands_in_code_and_quote_blocks_are_not_run()
    {
        await SendAsync(Comment("TES-303", "10701", "acc-alice", "{code}\n/kpi activation 1\n{code}\n{quote}/kpi activation 2{quote}\nbq. /kpi activation 3"));

        Assert.DoesNotContain(await KpisAsync(), k => k.SourceId == "10701");
        Assert.DoesNotContain(env.Jira.CommentsOn("TES-303"), c => c.Marker == "commands");
    }

    private JsonObject Comment(string key, string id, string accountId, string body)
    {
        env.Jira.Seed(JiraDeliveries.IssueUpdated(key, new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow)["issue"]!);
        var payload = JiraDeliveries.Load("comment-created");
        payload["issue"]!["key"] = key;
        payload["comment"]!["id"] = id;
        payload["comment"]!["body"] = body;
        payload["comment"]!["author"]!["accountId"] = accountId;
        return payload;
    }

    private async Task SendAsync(JsonObject payload)
    {
        var identifier = Guid.NewGuid().ToString();
        var response = await env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret, identifier));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("[2010]", StringComparison.Ordinal) && l.Contains(identifier, StringComparison.Ordinal)), $"delivery {identifier} is handled");
    }

    private Task<IReadOnlyList<KpiValue>> KpisAsync() =>
        env.App.Services.GetRequiredService<IKpiHistory>().ListAsync("jira", "TES", CancellationToken.None);
}
