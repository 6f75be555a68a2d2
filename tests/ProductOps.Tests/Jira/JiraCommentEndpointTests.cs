using System.Text.Json;
using System.Text.Json.Nodes;
using ProductOps.Jira;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

/// <summary>How the Jira tracker writes its marked comments (ADF body, a <c>product-ops</c> entity property) and finds them again.</summary>
public sealed class JiraCommentEndpointTests : IDisposable
{
    private const string Comments = "/rest/api/3/issue/PROJ-42/comment";
    private const string CommentList = "/rest/api/3/comment/list";
    private static readonly ItemKey Item = new("jira", "PROJ", "PROJ-42");
    private readonly FakeJira jira = new();
    private readonly JiraTracker tracker;

    public JiraCommentEndpointTests()
    {
        jira.Seed(JsonNode.Parse(JiraResponses.Issue("PROJ-42"))!);
        tracker = new JiraTracker(jira.CreateClient());
    }

    [Fact]
    public async Task A_score_comment_is_created_with_its_marker_property_and_found_again_by_it()
    {
        var content = new MarkedCommentContent("score", "### Score: **120**");
        var human = jira.AddComment("PROJ-42", "Looks good", [], authorId: "557058:human");

        Assert.Null(await tracker.FindCommentAsync(Item, "score", default));
        var id = await tracker.CreateCommentAsync(Item, content, default);
        var found = await tracker.FindCommentAsync(Item, "score", default);

        Assert.Equal(new MarkedComment(id, content.ContentHash), found);
        Assert.Null(await tracker.FindCommentAsync(Item, "gate", default));

        var created = JsonDocument.Parse(Assert.Single(jira.Requests("POST", Comments)).Body!).RootElement;
        Assert.Equal("doc", created.GetProperty("body").GetProperty("type").GetString());
        Assert.Equal(
            $$$"""[{"key":"product-ops","value":{"marker":"score","hash":"{{{content.ContentHash}}}"}}]""",
            created.GetProperty("properties").GetRawText());
        Assert.All(jira.Requests("POST", CommentList), r => Assert.Equal("?expand=properties", r.RawQuery));
        Assert.Equal($$"""{"ids":[{{human.Id}},{{id}}]}""", jira.Requests("POST", CommentList)[^1].Body);
    }

    [Fact]
    public async Task Updating_a_comment_replaces_its_adf_body_and_marker_hash()
    {
        var id = await tracker.CreateCommentAsync(Item, new("score", "Score: 120"), default);
        var content = new MarkedCommentContent("score", "Score: *95*");

        Assert.True(await tracker.UpdateCommentAsync(Item, id, content, default));

        var body = Assert.Single(jira.Requests("PUT", $"{Comments}/{id}")).Body;
        Assert.Equal(
            $$$"""{"body":{"version":1,"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Score: "},{"type":"text","text":"95","marks":[{"type":"em"}]}]}]},"properties":[{"key":"product-ops","value":{"marker":"score","hash":"{{{content.ContentHash}}}"}}]}""",
            body);
        Assert.Equal(new MarkedComment(id, content.ContentHash), await tracker.FindCommentAsync(Item, "score", default));
    }

    [Fact]
    public async Task Updating_a_comment_that_no_longer_exists_answers_false()
    {
        Assert.False(await tracker.UpdateCommentAsync(Item, "10002", new("score", "x"), default));
        Assert.Single(jira.Requests("PUT", $"{Comments}/10002"));
        Assert.Empty(jira.CommentsOn("PROJ-42"));
    }

    public void Dispose() => jira.Dispose();
}
