using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Who the fake's callers are, as GitHub tells them apart by their Authorization header: a personal
/// token acts as its user (<c>GET /user</c>), an installation token as the app's bot user
/// <c>&lt;slug&gt;[bot]</c>, and the app's JWT may ask <c>GET /app</c>. Comments and issues record
/// their author, so a comment written by someone else looks like one.
/// https://docs.github.com/rest/users/users#get-the-authenticated-user
/// https://docs.github.com/rest/apps/apps#get-the-authenticated-app
/// </summary>
public sealed partial class FakeGitHub
{
    /// <summary>The user behind the test's personal token (RunningApp.Settings).</summary>
    public const string TokenUser = "product-ops-machine";
    public const string AppSlug = "product-ops";
    public const string AppBot = AppSlug + "[bot]";

    /// <summary>A comment written by someone else, e.g. one that imitates the app's marker.</summary>
    public StoredComment AddComment(string repo, int issue, string body, string author) => Create(repo, issue, body, author);

    internal static JsonObject User(string login) => new()
    {
        ["login"] = login,
        ["id"] = Math.Abs(login.GetHashCode()) % 100_000 + 1,
        ["node_id"] = "U_" + login,
        ["type"] = login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User",
        ["site_admin"] = false,
    };

    private static string AuthorOf(IRequestMessage request) => Credential(request) switch
    {
        { } c when c.StartsWith("ghs_", StringComparison.Ordinal) => AppBot,
        { } c when c.StartsWith("ghp_", StringComparison.Ordinal) => TokenUser,
        _ => "ghost",
    };

    private static string? Credential(IRequestMessage request)
    {
        var header = Header(request, "Authorization").FirstOrDefault();
        return header is null ? null : header[(header.IndexOf(' ') + 1)..];
    }

    private ResponseMessage? AnswerIdentity(IRequestMessage request)
    {
        if (request.Method != "GET" || request.AbsolutePath is not ("/user" or "/app"))
        {
            return null;
        }
        var credential = Credential(request) ?? "";
        var jwt = JwtShape().IsMatch(credential);
        return request.AbsolutePath switch
        {
            "/user" when credential.StartsWith("ghp_", StringComparison.Ordinal) => Json(200, User(TokenUser)),
            "/app" when jwt => Json(200, new JsonObject
            {
                ["id"] = 123456,
                ["slug"] = AppSlug,
                ["node_id"] = "A_123456",
                ["name"] = "Product Ops",
                ["owner"] = User("octo-org"),
                ["html_url"] = "https://github.com/apps/" + AppSlug,
                ["created_at"] = "2026-01-01T00:00:00Z",
                ["updated_at"] = "2026-01-01T00:00:00Z",
                ["permissions"] = new JsonObject { ["issues"] = "write", ["contents"] = "write" },
                ["events"] = new JsonArray("issues", "push"),
            }),
            // GitHub's answer to an installation token on /user, or any caller of /app but the app itself.
            _ => Json(403, new JsonObject { ["message"] = "Resource not accessible by integration" }),
        };
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")]
    private static partial Regex JwtShape();
}
