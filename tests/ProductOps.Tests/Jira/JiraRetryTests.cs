using System.Net;
using System.Text.Json.Nodes;
using ProductOps.Jira;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

/// <summary>How the typed Jira client answers Jira's faults: what it retries, how long it waits, what it hands back.</summary>
public sealed class JiraRetryTests : IDisposable
{
    private const string Issue = "/rest/api/3/issue/PROJ-42";
    private static readonly ItemKey Item = new("jira", "PROJ", "PROJ-42");
    private readonly FakeJira jira = new();
    private readonly JiraClient client;

    public JiraRetryTests()
    {
        jira.Seed(JsonNode.Parse(JiraResponses.Issue("PROJ-42"))!);
        client = jira.CreateClient();
    }

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_in_retry_after()
    {
        jira.Fail("GET", $"^{Issue}$", 429, headers: RetryAfter("1"));

        var issue = await client.GetIssueAsync("PROJ-42", ["summary"], default);

        Assert.Equal("PROJ-42", issue.Key);
        var requests = jira.Requests("GET", Issue);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].DateTime - requests[0].DateTime >= TimeSpan.FromMilliseconds(950),
            $"retried after {(requests[1].DateTime - requests[0].DateTime).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_on_a_comment_post_is_retried_because_jira_did_nothing()
    {
        jira.Fail("POST", $"^{Issue}/comment$", 429, headers: RetryAfter("0"));

        var id = await new JiraTracker(client).CreateCommentAsync(Item, new("score", "x"), default);

        Assert.Equal(2, jira.Requests("POST", $"{Issue}/comment").Count);
        Assert.Equal(id, Assert.Single(jira.CommentsOn("PROJ-42")).Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_500_then_success_is_retried_for_a_get()
    {
        jira.Fail("GET", $"^{Issue}$", 500);

        Assert.Equal("PROJ-42", (await client.GetIssueAsync("PROJ-42", ["summary"], default)).Key);
        Assert.Equal(2, jira.Requests("GET", Issue).Count);
    }

    [Fact]
    public async Task A_500_on_a_comment_post_is_not_retried_because_the_comment_may_exist()
    {
        jira.Fail("POST", $"^{Issue}/comment$", 500);

        var error = await Assert.ThrowsAsync<JiraApiException>(
            () => new JiraTracker(client).CreateCommentAsync(Item, new("score", "x"), default));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(jira.Requests("POST", $"{Issue}/comment"));
    }

    [Fact]
    public async Task A_server_that_stays_unavailable_is_tried_a_bounded_number_of_times()
    {
        var attempts = new JiraRetryPolicy().MaxAttempts;
        jira.Fail("GET", $"^{Issue}$", 503, times: attempts + 1);

        var error = await Assert.ThrowsAsync<JiraApiException>(() => client.GetIssueAsync("PROJ-42", ["summary"], default));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(attempts, jira.Requests("GET", Issue).Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_we_wait_is_handed_back_at_once()
    {
        jira.Fail("GET", $"^{Issue}$", 429, headers: RetryAfter("3600"));

        var error = await Assert.ThrowsAsync<JiraApiException>(() => client.GetIssueAsync("PROJ-42", ["summary"], default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(jira.Requests("GET", Issue));
    }

    [Fact]
    public async Task A_400_surfaces_jiras_messages_once_without_the_credentials()
    {
        jira.Fail("PUT", $"^{Issue}$", 400, body: new JsonObject
        {
            ["errorMessages"] = new JsonArray("Field 'customfield_10060' cannot be set."),
            ["errors"] = new JsonObject { ["labels"] = "The label 'a b' contains spaces which is invalid." },
        });

        var error = await Assert.ThrowsAsync<JiraApiException>(() => new JiraTracker(client).AddLabelsAsync(Item, ["ok"], default));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(["Field 'customfield_10060' cannot be set."], error.ErrorMessages);
        Assert.Equal("The label 'a b' contains spaces which is invalid.", error.Errors["labels"]);
        Assert.Contains("400", error.Message);
        Assert.Contains("PUT /rest/api/3/issue/PROJ-42", error.Message);
        Assert.Contains("cannot be set", error.Message);
        Assert.DoesNotContain(FakeJira.ApiToken, error.ToString());
        Assert.DoesNotContain("Basic", error.ToString());
        Assert.Single(jira.Requests("PUT", Issue));
    }

    public void Dispose() => jira.Dispose();

    private static Dictionary<string, string> RetryAfter(string seconds) => new() { ["Retry-After"] = seconds };
}
