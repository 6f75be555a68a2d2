using System.Net;
using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Without an API token, Jira deliveries are processed as a dry run: planned writes are logged, none is made.</summary>
public sealed class JiraDryRunTests(JiraDryRunTests.WithoutToken env) : IClassFixture<JiraDryRunTests.WithoutToken>
{
    public sealed class WithoutToken : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Jira:ApiToken"] = null;
    }

    [Fact]
    public async Task Planned_writes_follow_the_projects_configuration_and_are_logged_not_made()
    {
        var labels = new[] { "business-value:8", "time-criticality:5", "risk-reduction:3", "job-size:5" };
        var payload = JiraDeliveries.IssueUpdated("TES-301", new Dictionary<string, JsonNode?>(), DateTimeOffset.UtcNow, labels);

        var response = await env.App.Client.SendAsync(JiraDeliveries.Request(payload, RunningApp.Secret));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.Logs.Lines.Any(l => l.Contains("DRY RUN (no Jira credentials): would create the score comment")),
            "the planned comment is logged");
        Assert.Contains(env.Logs.Lines, l => l.Contains("would add label(s) priority:P3 on jira:TES#TES-301"));
        Assert.Contains(env.Logs.Lines, l => l.Contains("would set field 'WSJF score' to 3.2 on jira:TES#TES-301"));
        Assert.Empty(env.Jira.Requests());
    }
}
