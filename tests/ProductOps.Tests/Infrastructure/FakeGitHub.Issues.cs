using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// The fake's issues and repository files: listing open issues page by page with GitHub's Link
/// header, creating and editing issues, and reading (JSON with sha, ETag, 304) and committing files.
/// https://docs.github.com/rest/issues/issues#list-repository-issues
/// https://docs.github.com/rest/repos/contents#create-or-update-file-contents
/// </summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<string, JsonObject> issues = new();
    private readonly ConcurrentQueue<FakeCommit> commits = new();
    private int nextIssueNumber = 5000;

    public IReadOnlyList<FakeCommit> Commits => commits.ToList();

    public void AddIssue(string repo, int number, string title, IEnumerable<string> labels, DateTimeOffset? updatedAt = null, string body = "", string author = "octocat")
    {
        var updated = (updatedAt ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ssZ");
        issues[$"{repo}#{number}"] = new JsonObject
        {
            ["id"] = 900_000 + number,
            ["node_id"] = "I_" + number,
            ["number"] = number,
            ["title"] = title,
            ["body"] = body,
            ["state"] = "open",
            ["url"] = $"https://api.github.com/repos/{repo}/issues/{number}",
            ["html_url"] = $"https://github.com/{repo}/issues/{number}",
            ["labels"] = new JsonArray(labels.Select(l => (JsonNode)new JsonObject { ["id"] = 1, ["name"] = l, ["color"] = "ededed" }).ToArray()),
            ["assignees"] = new JsonArray(),
            ["milestone"] = null,
            ["comments"] = 0,
            ["created_at"] = "2026-01-05T09:00:00Z",
            ["updated_at"] = updated,
            ["user"] = User(author),
            ["_repo"] = repo,
        };
    }

    public JsonObject? Issue(string repo, int number) => issues.GetValueOrDefault($"{repo}#{number}");

    /// <summary>Every issue of a repository, open or closed, oldest first.</summary>
    public IReadOnlyList<JsonObject> IssuesIn(string repo) =>
        issues.Values.Where(i => (string)i["_repo"]! == repo).OrderBy(i => (int)i["number"]!).ToList();

    public string? File(string repo, string path) => files.GetValueOrDefault($"{repo}:{path}");

    private ResponseMessage? AnswerIssuesAndFiles(IRequestMessage request)
    {
        var path = request.AbsolutePath;
        if (IssuesPath().Match(path) is { Success: true } list)
        {
            var repo = list.Groups["owner"].Value + "/" + list.Groups["repo"].Value;
            return request.Method switch
            {
                "GET" => ListIssues(repo, request),
                "POST" => CreateIssue(repo, JsonNode.Parse(request.Body!)!.AsObject(), AuthorOf(request)),
                _ => null,
            };
        }
        if (OneIssuePath().Match(path) is { Success: true } one && request.Method is "GET" or "PATCH")
        {
            var key = $"{one.Groups["owner"].Value}/{one.Groups["repo"].Value}#{one.Groups["number"].Value}";
            if (!issues.TryGetValue(key, out var issue))
            {
                return NotFound();
            }
            if (request.Method == "GET")
            {
                return Json(200, Public(issue));
            }
            foreach (var (name, value) in JsonNode.Parse(request.Body!)!.AsObject())
            {
                issue[name] = value?.DeepClone();
            }
            return Json(200, Public(issue));
        }
        if (ContentsPath().Match(path) is { Success: true } contents)
        {
            var repo = $"{contents.Groups["owner"].Value}/{contents.Groups["repo"].Value}";
            var file = Uri.UnescapeDataString(contents.Groups["path"].Value);
            var raw = Header(request, "Accept").Any(a => a.Contains("raw", StringComparison.OrdinalIgnoreCase));
            return request.Method switch
            {
                "GET" when plainText.ContainsKey($"{repo}:{file}") => GetFileRaw(repo, file, "text/plain; charset=utf-8"),
                "GET" when !raw => GetFileJson(repo, file, request),
                "GET" => GetFileRaw(repo, file, Header(request, "Accept").First(a => a.Contains("raw", StringComparison.OrdinalIgnoreCase))),
                "PUT" => PutFile(repo, file, JsonNode.Parse(request.Body!)!.AsObject()),
                _ => null,
            };
        }
        return null;
    }

    private ResponseMessage ListIssues(string repo, IRequestMessage request)
    {
        var query = request.Query ?? new Dictionary<string, WireMockList<string>>();
        string? Param(string name) => query.TryGetValue(name, out var v) ? v.FirstOrDefault() : null;
        var perPage = int.TryParse(Param("per_page"), out var size) ? size : 30;
        var page = int.TryParse(Param("page"), out var p) ? p : 1;
        var label = Param("labels");
        var matching = issues.Values
            .Where(i => (string)i["_repo"]! == repo && (string)i["state"]! == "open")
            .Where(i => label is null || i["labels"]!.AsArray().Any(l => (string)l!["name"]! == label))
            .OrderBy(i => (int)i["number"]!)
            .ToList();
        var items = matching.Skip((page - 1) * perPage).Take(perPage).Select(i => (JsonNode)Public(i)).ToArray();
        var headers = new Dictionary<string, string>();
        if (page * perPage < matching.Count)
        {
            var next = $"{Url}repos/{repo}/issues?state=open&per_page={perPage}&page={page + 1}" + (label is null ? "" : "&labels=" + Uri.EscapeDataString(label));
            headers["Link"] = $"<{next}>; rel=\"next\"";
        }
        return Json(200, new JsonArray(items), headers);
    }

    private ResponseMessage CreateIssue(string repo, JsonObject body, string author)
    {
        var number = Interlocked.Increment(ref nextIssueNumber);
        AddIssue(repo, number, (string)body["title"]!, body["labels"]?.AsArray().Select(l => (string)l!).ToList() ?? [], body: (string?)body["body"] ?? "", author: author);
        return Json(201, Public(issues[$"{repo}#{number}"]));
    }

    private ResponseMessage GetFileJson(string repo, string path, IRequestMessage request)
    {
        if (!files.TryGetValue($"{repo}:{path}", out var text))
        {
            return NotFound();
        }
        var sha = Sha(text);
        var etag = $"\"{sha}\"";
        if (Header(request, "If-None-Match").Contains(etag))
        {
            return new ResponseMessage { StatusCode = 304, Headers = Headers(("ETag", etag)) };
        }
        var response = Json(200, FileJson(repo, path, text));
        response.Headers!["ETag"] = new WireMockList<string>(etag);
        return response;
    }

    // GitHub answers in the raw media type asked for (Octokit asks for application/vnd.github.v3.raw).
    private ResponseMessage GetFileRaw(string repo, string path, string mediaType) =>
        files.TryGetValue($"{repo}:{path}", out var text)
            ? new ResponseMessage { StatusCode = 200, BodyData = new BodyData { BodyAsString = text, DetectedBodyType = BodyType.String }, Headers = Headers(("Content-Type", mediaType.Split(',')[0].Trim()), ("ETag", $"\"{Sha(text)}\"")) }
            : NotFound();

    private ResponseMessage PutFile(string repo, string path, JsonObject body)
    {
        var key = $"{repo}:{path}";
        var exists = files.TryGetValue(key, out var current);
        var sha = (string?)body["sha"];
        if (exists ? sha != Sha(current!) : sha is not null)
        {
            return Json(409, new JsonObject { ["message"] = $"{path} does not match {sha}" });
        }
        var text = Encoding.UTF8.GetString(Convert.FromBase64String((string)body["content"]!));
        files[key] = text;
        commits.Enqueue(new FakeCommit(repo, path, (string?)body["branch"], (string)body["message"]!, text));
        return Json(exists ? 200 : 201, new JsonObject
        {
            ["content"] = FileJson(repo, path, text),
            ["commit"] = new JsonObject { ["sha"] = Sha(text + commits.Count), ["message"] = (string)body["message"]! },
        });
    }

    private static JsonObject FileJson(string repo, string path, string text) => new()
    {
        ["type"] = "file",
        ["encoding"] = "base64",
        ["size"] = Encoding.UTF8.GetByteCount(text),
        ["name"] = path.Split('/')[^1],
        ["path"] = path,
        ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
        ["sha"] = Sha(text),
        ["url"] = $"https://api.github.com/repos/{repo}/contents/{path}",
        ["html_url"] = $"https://github.com/{repo}/blob/main/{path}",
    };

    private static IEnumerable<string> Header(IRequestMessage request, string name) =>
        request.Headers?.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value) ?? [];

    private static JsonObject Public(JsonObject issue)
    {
        var copy = issue.DeepClone().AsObject();
        copy.Remove("_repo");
        return copy;
    }

    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/issues$")]
    private static partial Regex IssuesPath();

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/issues/(?<number>\d+)$")]
    private static partial Regex OneIssuePath();
}

public sealed record FakeCommit(string Repo, string Path, string? Branch, string Message, string Text);
