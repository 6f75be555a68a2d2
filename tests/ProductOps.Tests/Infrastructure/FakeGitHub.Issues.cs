using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

/// <summary>The repository-level issues endpoints: list (with labels and state filters), create, update.</summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<(string Repo, int Number), JsonObject> issues = new();
    private int nextIssueNumber = 500;

    public IReadOnlyList<JsonObject> IssuesIn(string repo) =>
        issues.Where(i => i.Key.Repo == repo).OrderBy(i => i.Key.Number).Select(i => i.Value).ToList();

    private ResponseMessage? AnswerRepositoryIssues(IRequestMessage request)
    {
        if (RepositoryIssuesPath().Match(request.AbsolutePath) is { Success: true } list)
        {
            var repo = list.Groups["owner"].Value + "/" + list.Groups["repo"].Value;
            if (request.Method == "GET")
            {
                var state = request.GetParameter("state")?.FirstOrDefault() ?? "open";
                var label = request.GetParameter("labels")?.FirstOrDefault();
                var found = IssuesIn(repo).Where(i => state == "all" || (string?)i["state"] == state)
                    .Where(i => label is null || i["labels"]!.AsArray().Any(l => (string?)l!["name"] == label));
                return Json(200, new JsonArray(found.Select(i => i.DeepClone()).ToArray()));
            }
            if (request.Method == "POST")
            {
                var created = JsonNode.Parse(request.Body!)!.AsObject();
                var number = Interlocked.Increment(ref nextIssueNumber);
                var issue = NewIssue(repo, number, created);
                issues[(repo, number)] = issue;
                return Json(201, issue.DeepClone());
            }
        }

        if (SingleIssuePath().Match(request.AbsolutePath) is { Success: true } single && request.Method == "PATCH")
        {
            var key = (single.Groups["owner"].Value + "/" + single.Groups["repo"].Value, int.Parse(single.Groups["number"].Value));
            if (!issues.TryGetValue(key, out var issue))
            {
                return NotFound();
            }
            foreach (var (name, value) in JsonNode.Parse(request.Body!)!.AsObject())
            {
                issue[name] = value?.DeepClone();
            }
            return Json(200, issue.DeepClone());
        }
        return null;
    }

    private static JsonObject NewIssue(string repo, int number, JsonObject created) => new()
    {
        ["id"] = 9000 + number,
        ["node_id"] = "I_" + number,
        ["number"] = number,
        ["title"] = created["title"]?.DeepClone(),
        ["body"] = created["body"]?.DeepClone(),
        ["state"] = "open",
        ["url"] = $"https://api.github.com/repos/{repo}/issues/{number}",
        ["html_url"] = $"https://github.com/{repo}/issues/{number}",
        ["labels"] = new JsonArray((created["labels"]?.AsArray() ?? []).Select(l => (JsonNode)new JsonObject { ["id"] = 1, ["name"] = l!.GetValue<string>(), ["color"] = "ededed" }).ToArray()),
        ["user"] = new JsonObject { ["login"] = "product-ops[bot]", ["id"] = 1, ["type"] = "Bot" },
        ["comments"] = 0,
        ["created_at"] = "2026-11-23T10:00:00Z",
        ["updated_at"] = "2026-11-23T10:00:00Z",
    };

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/issues$")]
    private static partial Regex RepositoryIssuesPath();

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/issues/(?<number>\d+)$")]
    private static partial Regex SingleIssuePath();
}
