using System.Text.Json.Nodes;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Who wrote what: every call is made as the API user (<c>GET /rest/api/3/myself</c>), whose accountId
/// becomes the author of the comments it adds; a test can add a comment by someone else.
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
/// </summary>
public sealed partial class FakeJira
{
    /// <summary>The accountId of the user whose API token the app uses.</summary>
    public const string ApiUser = "5b10a2844c20165700ede21g";

    /// <summary>
    /// A comment written by another user, with the given entity properties (any user can set them
    /// through the API), e.g. one imitating the app's <c>product-ops</c> property.
    /// </summary>
    public JiraStoredComment AddComment(string key, string text, JsonArray properties, string authorId)
    {
        var body = new JsonObject
        {
            ["version"] = 1,
            ["type"] = "doc",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }) }),
        };
        var comment = new JiraStoredComment(Interlocked.Increment(ref nextCommentId), key, body, properties, authorId);
        comments[comment.Id] = comment;
        return comment;
    }

    internal static JsonObject User(string accountId) => new()
    {
        ["self"] = $"https://your-domain.atlassian.net/rest/api/3/user?accountId={accountId}",
        ["accountId"] = accountId,
        ["accountType"] = "atlassian",
        ["displayName"] = accountId == ApiUser ? "Product Ops" : "Mallory",
        ["active"] = true,
        ["timeZone"] = "Europe/London",
    };
}
