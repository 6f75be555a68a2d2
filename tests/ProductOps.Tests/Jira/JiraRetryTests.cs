using System.Net;
using ProductOps.Jira;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

public sealed class JiraRetryTests : IDisposable
{
    private const string Issue = "/rest/api/3/issue/PROJ-42";
    private readonly JiraFake jira = new();

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_in_retry_after()
    {
        jira.Answer("GET", Issue, 429, """{"errorMessages":["Rate limit exceeded."],"errors":{}}""",
            response: r => r.WithHeader("Retry-After", "1"),
            configure: p => p.InScenario("limited").WillSetStateTo("ok"));
        jira.Answer("GET", Issue, 200, JiraResponses.Issue("PROJ-42"),
            configure: p => p.InScenario("limited").WhenStateIs("ok"));

        var issue = await jira.Client.GetIssueAsync("PROJ-42", ["summary"], default);

        Assert.Equal("PROJ-42", issue.Key);
        var requests = jira.Requests("GET", Issue);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].DateTime - requests[0].DateTime >= TimeSpan.FromMilliseconds(950),
            $"retried after {(requests[1].DateTime - requests[0].DateTime).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_on_a_comment_post_is_retried_because_jira_did_nothing()
    {
        jira.Answer("POST", $"{Issue}/comment", 429, response: r => r.WithHeader("Retry-After", "0"),
            configure: p => p.InScenario("limited").WillSetStateTo("ok"));
        jira.Answer("POST", $"{Issue}/comment", 201, JiraResponses.Comment("10005", "x"),
            configure: p => p.InScenario("limited").WhenStateIs("ok"));

        var id = await new JiraTracker(jira.Client).CreateCommentAsync(new("jira", "PROJ", "PROJ-42"), new("score", "x"), default);

        Assert.Equal("10005", id);
        Assert.Equal(2, jira.Requests("POST", $"{Issue}/comment").Count);
    }

    [Fact]
    public async Task A_500_then_success_is_retried_for_a_get()
    {
        jira.Answer("GET", Issue, 500, configure: p => p.InScenario("flaky").WillSetStateTo("ok"));
        jira.Answer("GET", Issue, 200, JiraResponses.Issue("PROJ-42"), configure: p => p.InScenario("flaky").WhenStateIs("ok"));

        Assert.Equal("PROJ-42", (await jira.Client.GetIssueAsync("PROJ-42", ["summary"], default)).Key);
        Assert.Equal(2, jira.Requests("GET", Issue).Count);
    }

    [Fact]
    public async Task A_500_on_a_comment_post_is_not_retried_because_the_comment_may_exist()
    {
        jira.Answer("POST", $"{Issue}/comment", 500);

        var error = await Assert.ThrowsAsync<JiraApiException>(
            () => new JiraTracker(jira.Client).CreateCommentAsync(new("jira", "PROJ", "PROJ-42"), new("score", "x"), default));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(jira.Requests("POST", $"{Issue}/comment"));
    }

    [Fact]
    public async Task A_server_that_stays_unavailable_is_tried_a_bounded_number_of_times()
    {
        jira.Answer("GET", Issue, 503);

        var error = await Assert.ThrowsAsync<JiraApiException>(() => jira.Client.GetIssueAsync("PROJ-42", ["summary"], default));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(new JiraRetryOptions().MaxAttempts, jira.Requests("GET", Issue).Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_we_wait_is_handed_back_at_once()
    {
        jira.Answer("GET", Issue, 429, response: r => r.WithHeader("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<JiraApiException>(() => jira.Client.GetIssueAsync("PROJ-42", ["summary"], default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(jira.Requests("GET", Issue));
    }

    [Fact]
    public async Task A_400_surfaces_jiras_messages_once_without_the_credentials()
    {
        jira.Answer("PUT", Issue, 400,
            """{"errorMessages":["Field 'customfield_10060' cannot be set."],"errors":{"labels":"The label 'a b' contains spaces which is invalid."}}""");

        var error = await Assert.ThrowsAsync<JiraApiException>(
            () => new JiraTracker(jira.Client).AddLabelsAsync(new("jira", "PROJ", "PROJ-42"), ["ok"], default));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(["Field 'customfield_10060' cannot be set."], error.ErrorMessages);
        Assert.Equal("The label 'a b' contains spaces which is invalid.", error.Errors["labels"]);
        Assert.Contains("400", error.Message);
        Assert.Contains("PUT /rest/api/3/issue/PROJ-42", error.Message);
        Assert.Contains("cannot be set", error.Message);
        Assert.DoesNotContain(JiraFake.ApiToken, error.ToString());
        Assert.DoesNotContain("Basic", error.ToString());
        Assert.Single(jira.Requests("PUT", Issue));
    }

    public void Dispose() => jira.Dispose();
}
