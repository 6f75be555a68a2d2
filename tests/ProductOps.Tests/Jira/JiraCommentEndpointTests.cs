using ProductOps.Jira;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

public sealed class JiraCommentEndpointTests : IDisposable
{
    private const string Comments = "/rest/api/3/issue/PROJ-42/comment";
    private const string CommentList = "/rest/api/3/comment/list";
    private static readonly ItemKey Item = new("jira", "PROJ", "PROJ-42");
    private readonly JiraFake jira = new();

    [Fact]
    public async Task A_score_comment_is_created_with_its_marker_property_and_found_again_by_it()
    {
        var content = new MarkedCommentContent("score", "### Score: **120**");
        var human = JiraResponses.Comment("10001", "Looks good");
        var ours = JiraResponses.Comment("10002", "Score: 120", JiraResponses.ScoreProperty(content.ContentHash));

        // Before: the issue lists one human comment. Creating ours moves the fake to a state
        // (kept by every later answer) where it lists both. /comment/list answers for any ids.
        jira.Answer("GET", Comments, 200, JiraResponses.CommentsPage(1, human), configure: p => p.AtPriority(10));
        jira.Answer("POST", Comments, 201, ours, configure: p => p.InScenario("comments").WillSetStateTo("created"));
        jira.Answer("GET", Comments, 200, JiraResponses.CommentsPage(2, human, ours),
            configure: p => p.InScenario("comments").WhenStateIs("created").WillSetStateTo("created").AtPriority(1));
        jira.Answer("POST", CommentList, 200, JiraResponses.CommentList(JiraResponses.Comment("10001", "Looks good", "[]"), ours));
        jira.Answer("GET", "/rest/api/3/myself", 200, """{"accountId":"5b10a2844c20165700ede21g","accountType":"atlassian","displayName":"Mia Krystof","active":true}""");
        var tracker = new JiraTracker(jira.Client);

        Assert.Null(await tracker.FindCommentAsync(Item, "score", default));
        var id = await tracker.CreateCommentAsync(Item, content, default);
        var found = await tracker.FindCommentAsync(Item, "score", default);

        Assert.Equal("10002", id);
        Assert.Equal(new MarkedComment("10002", content.ContentHash), found);
        Assert.Null(await tracker.FindCommentAsync(Item, "gate", default));

        var created = JiraFake.Body(Assert.Single(jira.Requests("POST", Comments)));
        Assert.Equal("doc", created.GetProperty("body").GetProperty("type").GetString());
        Assert.Equal(
            $$$"""[{"key":"product-ops","value":{"marker":"score","hash":"{{{content.ContentHash}}}"}}]""",
            created.GetProperty("properties").GetRawText());
        Assert.All(jira.Requests("POST", CommentList), r => Assert.Equal("?expand=properties", r.RawQuery));
        Assert.Equal("""{"ids":[10001,10002]}""", jira.Requests("POST", CommentList)[^1].Body);
    }

    [Fact]
    public async Task Updating_a_comment_replaces_its_adf_body_and_marker_hash()
    {
        jira.Answer("PUT", $"{Comments}/10002", 200, JiraResponses.Comment("10002", "Score: 95"));
        var content = new MarkedCommentContent("score", "Score: *95*");

        Assert.True(await new JiraTracker(jira.Client).UpdateCommentAsync(Item, "10002", content, default));

        var body = Assert.Single(jira.Requests("PUT", $"{Comments}/10002")).Body;
        Assert.Equal(
            $$$"""{"body":{"version":1,"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Score: "},{"type":"text","text":"95","marks":[{"type":"em"}]}]}]},"properties":[{"key":"product-ops","value":{"marker":"score","hash":"{{{content.ContentHash}}}"}}]}""",
            body);
    }

    [Fact]
    public async Task Updating_a_comment_that_no_longer_exists_answers_false()
    {
        jira.Answer("PUT", $"{Comments}/10002", 404, """{"errorMessages":["Can not find a comment for the id: 10002."],"errors":{}}""");

        Assert.False(await new JiraTracker(jira.Client).UpdateCommentAsync(Item, "10002", new("score", "x"), default));
    }

    public void Dispose() => jira.Dispose();
}
