using System.Text;
using System.Text.Json.Nodes;
using ProductOps.Jira;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

/// <summary>The requests the typed Jira client sends for issues, fields and searches, and how it reads the answers.</summary>
public sealed class JiraIssueEndpointTests : IDisposable
{
    private const string Issue = "/rest/api/3/issue/PROJ-42";
    private static readonly ItemKey Item = new("jira", "PROJ", "PROJ-42");
    private readonly FakeJira jira = new(("customfield_10050", "Reach"), ("customfield_10060", "RICE score"));
    private readonly JiraClient client;

    public JiraIssueEndpointTests()
    {
        jira.Seed(InProject("PROJ-42"));
        client = jira.CreateClient();
    }

    [Fact]
    public async Task Getting_an_issue_asks_for_the_chosen_fields_with_basic_auth_and_reads_typed_and_custom_fields()
    {
        var issue = await client.GetIssueAsync("PROJ-42", ["summary", "labels", "status", "updated", "customfield_10050"], default);

        Assert.Equal("Faster checkout", issue.Fields.Summary);
        Assert.Equal(["impact:high"], issue.Fields.Labels);
        Assert.Equal("indeterminate", issue.Fields.Status?.StatusCategory?.Key);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 15, 30, 123, TimeSpan.Zero), issue.Fields.Updated);
        Assert.Equal(500, issue.Fields.Other["customfield_10050"].GetDouble());

        var request = Assert.Single(jira.Requests("GET", Issue));
        Assert.Equal("?fields=summary,labels,status,updated,customfield_10050", Uri.UnescapeDataString(request.RawQuery!));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeJira.Email}:{FakeJira.ApiToken}"));
        Assert.Equal($"Basic {basic}", request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Adding_labels_sends_add_operations_that_leave_other_labels_alone()
    {
        await new JiraTracker(client).AddLabelsAsync(Item, ["priority:P1", "phase:beta"], default);

        var request = Assert.Single(jira.Requests("PUT", Issue));
        Assert.Equal("""{"update":{"labels":[{"add":"priority:P1"},{"add":"phase:beta"}]}}""", request.Body);
        Assert.Equal(["impact:high", "priority:P1", "phase:beta"], jira.LabelsOf("PROJ-42"));
    }

    [Fact]
    public async Task Removing_a_label_sends_a_remove_operation()
    {
        await new JiraTracker(client).RemoveLabelAsync(Item, "impact:high", default);

        var request = Assert.Single(jira.Requests("PUT", Issue));
        Assert.Equal("""{"update":{"labels":[{"remove":"impact:high"}]}}""", request.Body);
        Assert.Empty(jira.LabelsOf("PROJ-42"));
    }

    [Theory]
    [InlineData("priority P1")]
    [InlineData("")]
    public async Task A_label_jira_cannot_hold_is_refused_before_any_request(string label)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new JiraTracker(client).AddLabelsAsync(Item, [label], default));
        Assert.Empty(jira.Requests());
    }

    [Fact]
    public async Task Setting_a_number_field_by_name_resolves_its_id_once_and_sets_or_clears_it()
    {
        var tracker = new JiraTracker(client);

        await tracker.SetNumberFieldAsync(Item, "RICE score", 120.5, default);
        Assert.Equal(120.5, jira.FieldsOf("PROJ-42")["customfield_10060"]!.GetValue<double>());
        await tracker.SetNumberFieldAsync(Item, "RICE score", null, default);

        Assert.Single(jira.Requests("GET", "/rest/api/3/field"));
        var bodies = jira.Requests("PUT", Issue).Select(r => r.Body).ToList();
        Assert.Equal(["""{"fields":{"customfield_10060":120.5}}""", """{"fields":{"customfield_10060":null}}"""], bodies);
        Assert.Null(jira.FieldsOf("PROJ-42")["customfield_10060"]);
    }

    [Fact]
    public async Task A_field_name_jira_does_not_know_is_reported_by_name()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ResolveFieldIdAsync("Job Size", default));
        Assert.Contains("\"Job Size\"", error.Message);
    }

    [Fact]
    public async Task Jql_search_follows_next_page_token_until_the_last_page()
    {
        jira.Seed(InProject("PROJ-1"));
        jira.Seed(InProject("PROJ-2"));
        const string Jql = "project = \"PROJ\" AND statusCategory != Done";

        var keys = new List<string>();
        await foreach (var issue in client.SearchJqlAsync(Jql, ["summary", "labels"], default, pageSize: 2))
        {
            keys.Add(issue.Key);
        }

        Assert.Equal(["PROJ-1", "PROJ-2", "PROJ-42"], keys);
        var queries = jira.Searches.Select(r => Uri.UnescapeDataString(r.RawQuery!)).ToList();
        Assert.Equal(2, queries.Count);
        Assert.Equal($"?jql={Jql}&fields=summary,labels&maxResults=2", queries[0]);
        Assert.StartsWith($"?jql={Jql}&fields=summary,labels&maxResults=2&nextPageToken=", queries[1]);
    }

    public void Dispose() => jira.Dispose();

    private static JsonNode InProject(string key)
    {
        var issue = JsonNode.Parse(JiraResponses.Issue(key))!;
        issue["fields"]!["project"] = new JsonObject { ["key"] = "PROJ" };
        return issue;
    }
}
