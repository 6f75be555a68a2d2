using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

// Enhanced JQL search over the seeded issues, with Jira's token paging.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
public sealed partial class FakeJira
{
    /// <summary>The search requests received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Searches => [.. Requests().Select(e => e.RequestMessage!).Where(r => r.AbsolutePath == "/rest/api/3/search/jql")];

    /// <summary>
    /// Understands the one query shape the backfill sends, <c>project = "KEY" AND statusCategory != Done</c>:
    /// anything else is a 400, as an unknown JQL clause is on Jira. Issues come in key order; the token is opaque.
    /// </summary>
    private ResponseMessage SearchJql(IRequestMessage request)
    {
        var jql = Query(request, "jql") ?? "";
        if (SupportedJql().Match(jql) is not { Success: true } match)
        {
            return Error(400, $"Error in the JQL Query: the fake does not understand \"{jql}\".");
        }

        var project = match.Groups["project"].Value;
        var max = int.Parse(Query(request, "maxResults") ?? "50", CultureInfo.InvariantCulture);
        var offset = Query(request, "nextPageToken") is { } token ? int.Parse(token.Split(':')[1], CultureInfo.InvariantCulture) : 0;
        var matching = issues.Values
            .Where(i => i["fields"]?["project"]?["key"]?.GetValue<string>() == project)
            .Where(i => i["fields"]?["status"]?["statusCategory"]?["key"]?.GetValue<string>() != "done")
            .OrderBy(i => int.Parse(i["key"]!.GetValue<string>().Split('-')[1], CultureInfo.InvariantCulture))
            .ToList();
        var page = matching.Skip(offset).Take(max).Select(i => (JsonNode)i.DeepClone()).ToArray();
        var last = offset + max >= matching.Count;
        var body = new JsonObject { ["issues"] = new JsonArray(page), ["isLast"] = last };
        if (!last)
        {
            body["nextPageToken"] = $"page:{offset + max}";
        }

        return Json(200, body);
    }

    [GeneratedRegex("""^project = "(?<project>[A-Z][A-Z0-9_]*)" AND statusCategory != Done( ORDER BY created ASC)?$""")]
    private static partial Regex SupportedJql();
}
