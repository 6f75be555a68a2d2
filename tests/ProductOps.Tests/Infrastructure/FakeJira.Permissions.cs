using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// <c>GET /rest/api/3/user/permission/search</c>: the users matching <c>accountId</c> who hold every permission
/// in <c>permissions</c> on the issue or project; an empty array for anyone else
/// (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-permission-search-get).
/// </summary>
public sealed partial class FakeJira
{
    private readonly ConcurrentDictionary<string, byte> editors = new();

    /// <summary>Gives an account the EDIT_ISSUES permission on every issue.</summary>
    public void PermitEditing(string accountId) => editors[accountId] = 0;

    private ResponseMessage? AnswerPermissions(IRequestMessage request)
    {
        if (request.AbsolutePath != "/rest/api/3/user/permission/search" || request.Method != "GET")
        {
            return null;
        }
        var query = request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
        var account = query.TryGetValue("accountId", out var a) ? a[0] : null;
        var permissions = query.TryGetValue("permissions", out var p) ? p[0].Split(',') : [];
        if (account is null || permissions.Length == 0)
        {
            return Error(400, "The accountId or query and the permissions are required.");
        }
        var holds = editors.ContainsKey(account) && permissions.All(x => x == "EDIT_ISSUES");
        return Json(200, holds
            ? new JsonArray(new JsonObject { ["accountId"] = account, ["accountType"] = "atlassian", ["displayName"] = "Editor " + account, ["active"] = true })
            : new JsonArray());
    }
}
