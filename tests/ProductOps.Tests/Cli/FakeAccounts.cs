using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ProductOps.Tests.Cli;

/// <summary>
/// The account endpoints <c>doctor</c> and an app's backfill call, added to the fake GitHub and Jira
/// ahead of their catch-all answers, in the real response shapes:
/// https://docs.github.com/rest/users/users#get-the-authenticated-user, https://docs.github.com/rest/apps/apps,
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/.
/// </summary>
internal static class FakeAccounts
{
    public const long AppId = 123456;
    public const long InstallationId = 42;

    public static void TokenUser(this FakeGitHub github, string login, string scopes, int remaining = 4990) =>
        Answer(github, "/user", 200, new JsonObject { ["login"] = login, ["id"] = 1, ["node_id"] = "MDQ6VXNlcjE=", ["type"] = "User", ["site_admin"] = false, ["html_url"] = $"https://github.com/{login}" },
            RateHeaders(remaining).Append(("x-oauth-scopes", scopes)));

    /// <summary>Repositories the credentials can see (<c>GET /repos/{owner}/{repo}</c>).</summary>
    public static void Repositories(this FakeGitHub github, params string[] repositories)
    {
        foreach (var repository in repositories)
        {
            Answer(github, $"/repos/{repository}", 200, Repository(repository, 1000), []);
        }
    }

    public static void BadCredentials(this FakeGitHub github, string path) =>
        Answer(github, path, 401, new JsonObject { ["message"] = "Bad credentials", ["documentation_url"] = "https://docs.github.com/rest", ["status"] = "401" }, []);

    /// <summary>The app, installed once (installation 42 on octo-org) with the given repositories selected.</summary>
    public static void App(this FakeGitHub github, params string[] repositories)
    {
        Answer(github, "/app", 200, new JsonObject
        {
            ["id"] = AppId, ["slug"] = "product-ops-test", ["node_id"] = "A_kwHOAAAAAA", ["name"] = "Product Ops (test)",
            ["owner"] = Account("octo-org", 2, "Organization"), ["description"] = "", ["external_url"] = "http://127.0.0.1:7071",
            ["html_url"] = "https://github.com/apps/product-ops-test", ["created_at"] = "2026-11-30T10:00:00Z", ["updated_at"] = "2026-11-30T10:00:00Z",
            ["permissions"] = Permissions(), ["events"] = new JsonArray("issues", "issue_comment", "push"),
        }, []);
        Answer(github, "/app/installations", 200, new JsonArray(Installation()), []);
        Answer(github, "/installation/repositories", 200, new JsonObject
        {
            ["total_count"] = repositories.Length,
            ["repository_selection"] = "selected",
            ["repositories"] = new JsonArray([.. repositories.Select((r, i) => (JsonNode)Repository(r, 1000 + i))]),
        }, RateHeaders(4900));
        foreach (var repository in repositories)
        {
            Answer(github, $"/repos/{repository}/installation", 200, Installation(), []);
        }
        github.Repositories(repositories);
    }

    public static void JiraAccount(this FakeJira jira, string email) =>
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/myself").UsingGet()).AtPriority(-100).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json;charset=UTF-8")
            .WithBody(new JsonObject { ["accountId"] = "5b10a2844c20165700ede21g", ["emailAddress"] = email, ["displayName"] = "Mia Krystof", ["active"] = true, ["accountType"] = "atlassian" }.ToJsonString()));

    /// <summary>What Jira Cloud answers to wrong Basic credentials.</summary>
    public static void JiraRefuses(this FakeJira jira) =>
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/myself").UsingGet()).AtPriority(-100).RespondWith(Response.Create()
            .WithStatusCode(401).WithHeader("Content-Type", "text/plain;charset=UTF-8").WithBody("Client must be authenticated to access this resource."));

    private static JsonObject Installation() => new()
    {
        ["id"] = InstallationId, ["account"] = Account("octo-org", 2, "Organization"), ["app_id"] = AppId, ["app_slug"] = "product-ops-test",
        ["target_id"] = 2, ["target_type"] = "Organization", ["permissions"] = Permissions(), ["events"] = new JsonArray("issues"),
        ["repository_selection"] = "selected", ["html_url"] = "https://github.com/organizations/octo-org/settings/installations/42",
        ["created_at"] = "2026-11-30T10:00:00Z", ["updated_at"] = "2026-11-30T10:00:00Z", ["single_file_name"] = null,
    };

    private static JsonObject Repository(string fullName, long id) => new()
    {
        ["id"] = id, ["node_id"] = "R_" + id, ["name"] = fullName.Split('/')[1], ["full_name"] = fullName, ["private"] = false,
        ["owner"] = Account(fullName.Split('/')[0], 2, "Organization"), ["html_url"] = "https://github.com/" + fullName,
        ["archived"] = false, ["default_branch"] = "main", ["created_at"] = "2026-01-01T00:00:00Z", ["updated_at"] = "2026-11-30T10:00:00Z",
        ["pushed_at"] = "2026-11-30T10:00:00Z",
    };

    private static JsonObject Account(string login, long id, string type) => new() { ["login"] = login, ["id"] = id, ["node_id"] = "O_" + id, ["type"] = type, ["site_admin"] = false };

    private static JsonObject Permissions() => new() { ["issues"] = "write", ["contents"] = "write", ["metadata"] = "read" };

    private static IEnumerable<(string, string)> RateHeaders(int remaining) =>
    [
        ("x-ratelimit-limit", "5000"), ("x-ratelimit-remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("x-ratelimit-used", (5000 - remaining).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("x-ratelimit-reset", DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("x-ratelimit-resource", "core"),
    ];

    private static void Answer(FakeGitHub github, string path, int status, JsonNode body, IEnumerable<(string Name, string Value)> headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body.ToJsonString());
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }
        github.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(-100).RespondWith(response);
    }
}
