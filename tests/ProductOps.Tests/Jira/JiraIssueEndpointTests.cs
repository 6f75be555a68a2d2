using System.Text;
using ProductOps.Jira;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

public sealed class JiraIssueEndpointTests : IDisposable
{
    private static readonly ItemKey Item = new("jira", "PROJ", "PROJ-42");
    private readonly JiraFake jira = new();

    [Fact]
    public async Task Getting_an_issue_asks_for_the_chosen_fields_with_basic_auth_and_reads_typed_and_custom_fields()
    {
        jira.Answer("GET", "/rest/api/3/issue/PROJ-42", 200, JiraResponses.Issue("PROJ-42"));

        var issue = await jira.Client.GetIssueAsync("PROJ-42", ["summary", "labels", "status", "updated", "customfield_10050"], default);

        Assert.Equal("Faster checkout", issue.Fields.Summary);
        Assert.Equal(["impact:high"], issue.Fields.Labels);
        Assert.Equal("indeterminate", issue.Fields.Status?.StatusCategory?.Key);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 15, 30, 123, TimeSpan.Zero), issue.Fields.Updated);
        Assert.Equal(500, issue.Fields.Other["customfield_10050"].GetDouble());

        var request = Assert.Single(jira.Requests("GET", "/rest/api/3/issue/PROJ-42"));
        Assert.Equal("?fields=summary,labels,status,updated,customfield_10050", Uri.UnescapeDataString(request.RawQuery!));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraFake.Email}:{JiraFake.ApiToken}"));
        Assert.Equal($"Basic {basic}", request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Adding_labels_sends_add_operations_that_leave_other_labels_alone()
    {
        jira.Answer("PUT", "/rest/api/3/issue/PROJ-42", 204);

        await new JiraTracker(jira.Client).AddLabelsAsync(Item, ["priority:P1", "phase:beta"], default);

        var request = Assert.Single(jira.Requests("PUT", "/rest/api/3/issue/PROJ-42"));
        Assert.Equal("""{"update":{"labels":[{"add":"priority:P1"},{"add":"phase:beta"}]}}""", request.Body);
    }

    [Fact]
    public async Task Removing_a_label_sends_a_remove_operation()
    {
        jira.Answer("PUT", "/rest/api/3/issue/PROJ-42", 204);

        await new JiraTracker(jira.Client).RemoveLabelAsync(Item, "priority:P2", default);

        var request = Assert.Single(jira.Requests("PUT", "/rest/api/3/issue/PROJ-42"));
        Assert.Equal("""{"update":{"labels":[{"remove":"priority:P2"}]}}""", request.Body);
    }

    [Theory]
    [InlineData("priority P1")]
    [InlineData("")]
    public async Task A_label_jira_cannot_hold_is_refused_before_any_request(string label)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new JiraTracker(jira.Client).AddLabelsAsync(Item, [label], default));
        Assert.Empty(jira.Server.LogEntries);
    }

    [Fact]
    public async Task Setting_a_number_field_by_name_resolves_its_id_once_and_sets_or_clears_it()
    {
        jira.Answer("GET", "/rest/api/3/field", 200, JiraResponses.Fields);
        jira.Answer("PUT", "/rest/api/3/issue/PROJ-42", 204);
        var tracker = new JiraTracker(jira.Client);

        await tracker.SetNumberFieldAsync(Item, "RICE score", 120.5, default);
        await tracker.SetNumberFieldAsync(Item, "RICE score", null, default);

        Assert.Single(jira.Requests("GET", "/rest/api/3/field"));
        var bodies = jira.Requests("PUT", "/rest/api/3/issue/PROJ-42").Select(r => r.Body).ToList();
        Assert.Equal(["""{"fields":{"customfield_10060":120.5}}""", """{"fields":{"customfield_10060":null}}"""], bodies);
    }

    [Fact]
    public async Task A_field_name_jira_does_not_know_is_reported_by_name()
    {
        jira.Answer("GET", "/rest/api/3/field", 200, JiraResponses.Fields);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => jira.Client.ResolveFieldIdAsync("Job Size", default));
        Assert.Contains("\"Job Size\"", error.Message);
    }

    [Fact]
    public async Task Jql_search_follows_next_page_token_until_the_last_page()
    {
        jira.Answer("GET", "/rest/api/3/search/jql", 200,
            $$"""{"issues":[{{JiraResponses.Issue("PROJ-1")}},{{JiraResponses.Issue("PROJ-2")}}],"nextPageToken":"CAEaAggD","isLast":false}""",
            configure: p => p.AtPriority(5));
        jira.Answer("GET", "/rest/api/3/search/jql", 200,
            $$"""{"issues":[{{JiraResponses.Issue("PROJ-3")}}],"isLast":true}""",
            request: r => r.WithParam("nextPageToken", "CAEaAggD"),
            configure: p => p.AtPriority(1));

        var keys = new List<string>();
        await foreach (var issue in jira.Client.SearchJqlAsync("project = PROJ ORDER BY key", ["summary", "labels"], default, pageSize: 2))
        {
            keys.Add(issue.Key);
        }

        Assert.Equal(["PROJ-1", "PROJ-2", "PROJ-3"], keys);
        var queries = jira.Requests("GET", "/rest/api/3/search/jql").Select(r => Uri.UnescapeDataString(r.RawQuery!)).ToList();
        Assert.Equal(
            ["?jql=project = PROJ ORDER BY key&fields=summary,labels&maxResults=2",
             "?jql=project = PROJ ORDER BY key&fields=summary,labels&maxResults=2&nextPageToken=CAEaAggD"],
            queries);
    }

    public void Dispose() => jira.Dispose();
}
