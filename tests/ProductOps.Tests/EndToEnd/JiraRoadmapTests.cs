using System.Text.Json.Nodes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.Infrastructure.AppWithFakeJira;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Jira deliveries keep the project's roadmap, in the description of a Jira issue, in sync (docs/roadmap.md).</summary>
public sealed class JiraRoadmapTests(JiraRoadmapTests.App env) : IClassFixture<JiraRoadmapTests.App>
{
    private const string RoadmapIssue = "TES-1";

    public sealed class App : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Roadmap:DebounceWindow"] = "00:00:03";
            settings["Jira:Projects:TES:Config"] = ProjectConfig + """

                roadmap:
                  title: TES roadmap
                  jira-issue: { key: TES-1 }
                """;
            Jira.Seed(JiraDeliveries.IssueUpdated(RoadmapIssue, new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow.AddDays(-1))["issue"]!);
        }
    }

    private static readonly Dictionary<string, JsonNode?> Inputs = new()
    {
        [BusinessValue] = 8.0, [TimeCriticality] = 5.0, [RiskReduction] = 3.0, [StorySize] = 5.0,
    };

    [Fact]
    public async Task A_Jira_event_writes_the_roadmap_once_into_the_issue_description_in_ADF_and_an_unchanged_board_writes_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        await SendUpdatedAsync("TES-201", now.AddMinutes(-1));

        await Eventually.HoldsAsync(() => Descriptions().Count > 0, "the roadmap issue's description is written", 60);
        await WaitUntilRefreshedAsync();
        var write = Assert.Single(Descriptions());
        Assert.Equal("PUT", write.Method);
        var description = JsonNode.Parse(write.Body!)!["fields"]!["description"]!;
        Assert.Equal(("doc", 1), (description["type"]!.GetValue<string>(), description["version"]!.GetValue<int>()));
        Assert.Equal("heading", description["content"]![0]!["type"]!.GetValue<string>());
        var text = description.ToJsonString();
        Assert.Contains("TES roadmap", text);
        Assert.Contains("1 open items in TES", text);
        Assert.Contains("TES-201", text);
        Assert.DoesNotContain("#TES-201", text);
        Assert.Equal(description.ToJsonString(), env.Jira.FieldsOf(RoadmapIssue)["description"]!.ToJsonString());

        // The same issue again, newer: the index row changes, the page does not, so Jira is not written.
        var identifier = Guid.NewGuid().ToString();
        await SendUpdatedAsync("TES-201", now, identifier);
        await Eventually.HoldsAsync(() => env.Logs.Lines.Any(l => l.Contains($"delivery {identifier}: Applied")), "the delivery is applied");
        await WaitUntilRefreshedAsync();
        Assert.Single(Descriptions());
        Assert.Contains(env.Logs.Lines, l => l.Contains("Roadmap of TES unchanged"));
    }

    private IReadOnlyList<WireMock.IRequestMessage> Descriptions() =>
        [.. env.Jira.WritesTo(RoadmapIssue).Select(w => w.RequestMessage!).Where(r => r.Body!.Contains("\"description\""))];

    private async Task WaitUntilRefreshedAsync()
    {
        await env.App.WaitUntilIdleAsync(timeoutSeconds: 90);
    }

    private Task<HttpResponseMessage> SendUpdatedAsync(string key, DateTimeOffset updated, string? identifier = null)
    {
        var payload = JiraDeliveries.IssueUpdated(key, Inputs, updated);
        env.Jira.Seed(payload["issue"]!);
        return env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret, identifier));
    }
}
