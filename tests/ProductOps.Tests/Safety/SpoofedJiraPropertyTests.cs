using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.Infrastructure.AppWithFakeJira;

namespace ProductOps.Tests.Safety;

/// <summary>
/// Anyone who can comment on a Jira issue can also give the comment a <c>product-ops</c> property.
/// Only comments written by the API user (<c>GET /rest/api/3/myself</c>) are the app's.
/// </summary>
public sealed class SpoofedJiraPropertyTests(SpoofedJiraPropertyTests.App env) : IClassFixture<SpoofedJiraPropertyTests.App>
{
    public sealed class App : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Roadmap:DebounceWindow"] = "00:00:01";
    }

    [Fact]
    public async Task A_comment_by_another_user_with_the_apps_property_is_left_alone_and_the_app_writes_its_own()
    {
        var payload = JiraDeliveries.IssueUpdated("TES-301", new Dictionary<string, JsonNode?>
        {
            [BusinessValue] = 8.0, [TimeCriticality] = 5.0, [RiskReduction] = 3.0, [StorySize] = 5.0,
        }, DateTimeOffset.UtcNow);
        env.Jira.Seed(payload["issue"]!);
        var property = new JsonArray(new JsonObject { ["key"] = "product-ops", ["value"] = new JsonObject { ["marker"] = "score", ["hash"] = "0000" } });
        var spoof = env.Jira.AddComment("TES-301", "edit me", property, "5d53f3cbc6b9320d9ea5bdc2");

        await env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.Jira.CommentsOn("TES-301").Any(c => c.AuthorId == FakeJira.ApiUser), "the app writes its own score comment");
        await env.WaitUntilIdleAsync();
        Assert.Equal(spoof.Body.ToJsonString(), env.Jira.CommentsOn("TES-301")[0].Body.ToJsonString());
        Assert.DoesNotContain(env.Jira.Requests(), r => r.RequestMessage!.AbsolutePath.EndsWith($"/comment/{spoof.Id}", StringComparison.Ordinal));
        Assert.Single(env.Jira.CommentsOn("TES-301"), c => c.AuthorId == FakeJira.ApiUser && c.Marker == "score");
    }
}
