using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// A WireMock.Net server answering the GitHub REST endpoints Product Ops calls, with GitHub's
/// response shapes, and remembering the comments written so that listing them shows them again.
/// Faults can be injected per method and path.
/// </summary>
public sealed partial class FakeGitHub : IDisposable
{
    private readonly ConcurrentDictionary<long, StoredComment> comments = new();
    private readonly ConcurrentDictionary<string, string> files = new();
    private readonly ConcurrentQueue<Fault> faults = new();
    private long nextCommentId = 1000;

    public FakeGitHub()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(Answer));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url! + "/";

    /// <summary>The labels the app has added and not removed since (the fake knows no others).</summary>
    public IReadOnlySet<string> LabelsOn(string repo, int issue) =>
        labelState.TryGetValue((repo, issue), out var labels) ? labels : new HashSet<string>();

    private readonly ConcurrentDictionary<(string, int), HashSet<string>> labelState = new();

    private IEnumerable<string> SetLabels(string repo, int issue, IEnumerable<string>? added = null, string? removed = null)
    {
        lock (labelState)
        {
            var labels = new HashSet<string>(LabelsOn(repo, issue));
            labels.UnionWith(added ?? []);
            if (removed is not null)
            {
                labels.Remove(removed);
            }
            labelState[(repo, issue)] = labels;
            ReflectOnIssue(repo, issue, added, removed);
            return labels.ToList();
        }
    }

    public IReadOnlyList<StoredComment> CommentsOn(string repo, int issue) =>
        comments.Values.Where(c => c.Repo == repo && c.Issue == issue).OrderBy(c => c.Id).ToList();

    /// <summary>Serves a file through the contents API (e.g. .github/product-ops.yml).</summary>
    public void AddFile(string repo, string path, string text) => files[$"{repo}:{path}"] = text;

    /// <summary>The next <paramref name="times"/> requests matching method and path answer with this status.</summary>
    public void Fail(string method, string pathPattern, int status, int times = 1, IDictionary<string, string>? headers = null)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue(new Fault(method, new Regex(pathPattern), status, headers ?? new Dictionary<string, string>()));
        }
    }

    /// <summary>The next matching requests get their connection dropped mid-response (a reset).</summary>
    public void Reset(string method, string pathPattern, int times = 1) =>
        Fail(method, pathPattern, 0, times);

    /// <summary>The next matching requests are answered only after <paramref name="delay"/> (a timeout for the client).</summary>
    public void Hang(string method, string pathPattern, TimeSpan delay, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue(new Fault(method, new Regex(pathPattern), -1, new Dictionary<string, string>()) { Delay = delay });
        }
    }

    /// <summary>
    /// The next matching requests are applied at once but answered only after <paramref name="delay"/>:
    /// GitHub did the write, the client timed out before it heard so.
    /// </summary>
    public void AnswerLate(string method, string pathPattern, TimeSpan delay, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue(new Fault(method, new Regex(pathPattern), -2, new Dictionary<string, string>()) { Delay = delay });
        }
    }

    /// <summary>Requests received, oldest first, optionally only writes.</summary>
    public IReadOnlyList<ILogEntry> Requests(bool writesOnly = false) =>
        Server.LogEntries.Where(e => !writesOnly || e.RequestMessage!.Method != "GET").OrderBy(e => e.RequestMessage!.DateTime).ToList();

    /// <summary>Writes GitHub accepted (fault answers excluded).</summary>
    public IReadOnlyList<ILogEntry> Writes => Requests(writesOnly: true).Where(e => (e.ResponseMessage!.StatusCode as int? ?? 200) < 400).ToList();

    public void Dispose() => Server.Stop();

    private ResponseMessage Answer(IRequestMessage request)
    {
        var path = request.AbsolutePath;
        var fault = faults.FirstOrDefault(f => f.Method == request.Method && f.Path.IsMatch(path) && !f.Used);
        if (fault is not null && fault.TryUse())
        {
            switch (fault.Status)
            {
                case 0:
                    return new ResponseMessage { StatusCode = 200, FaultType = FaultType.MALFORMED_RESPONSE_CHUNK, FaultPercentage = 1.0 };
                case -1:
                    Thread.Sleep(fault.Delay);
                    break;
                case -2:
                    var applied = Route(request);
                    Thread.Sleep(fault.Delay);
                    return applied;
                default:
                    return Json(fault.Status, new JsonObject { ["message"] = "Injected fault" }, fault.Headers);
            }
        }

        return Route(request);
    }

    private ResponseMessage Route(IRequestMessage request)
    {
        var path = request.AbsolutePath;
        if ((AnswerIssuesAndFiles(request) ?? AnswerCommands(request) ?? AnswerGraphQl(request)) is { } answer)
        {
            return answer;
        }

        if (AnswerIdentity(request) is { } identity)
        {
            return identity;
        }

        if (IssuePath().Match(path) is { Success: true } issue)
        {
            var repo = issue.Groups["owner"].Value + "/" + issue.Groups["repo"].Value;
            var number = int.Parse(issue.Groups["number"].Value);
            return (request.Method, issue.Groups["rest"].Value) switch
            {
                ("POST", "labels") => Json(200, Labels(SetLabels(repo, number, added: LabelNames(request.Body!)))),
                ("DELETE", var rest) when rest.StartsWith("labels/") => Json(200, Labels(SetLabels(repo, number, removed: Uri.UnescapeDataString(rest["labels/".Length..])))),
                ("GET", "comments") => Json(200, new JsonArray(CommentsOn(repo, number).Select(c => (JsonNode)c.ToJson()).ToArray())),
                ("POST", "comments") => Json(201, Create(repo, number, JsonNode.Parse(request.Body!)!["body"]!.GetValue<string>(), AuthorOf(request)).ToJson()),
                _ => NotFound(),
            };
        }

        if (CommentPath().Match(path) is { Success: true } comment && request.Method == "PATCH")
        {
            var id = long.Parse(comment.Groups["id"].Value);
            if (!comments.TryGetValue(id, out var existing))
            {
                return NotFound();
            }
            var updated = existing with { Body = JsonNode.Parse(request.Body!)!["body"]!.GetValue<string>() };
            comments[id] = updated;
            return Json(200, updated.ToJson());
        }

        if (TokenPath().IsMatch(path) && request.Method == "POST")
        {
            return Json(201, new JsonObject { ["token"] = "ghs_installation_token", ["expires_at"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O") });
        }

        return NotFound();
    }

    private StoredComment Create(string repo, int issue, string body, string author)
    {
        var comment = new StoredComment(Interlocked.Increment(ref nextCommentId), repo, issue, body, author);
        comments[comment.Id] = comment;
        return comment;
    }

    // GitHub accepts both ["a","b"] and {"labels":["a","b"]}: https://docs.github.com/rest/issues/labels#add-labels-to-an-issue
    private static IEnumerable<string> LabelNames(string body)
    {
        var node = JsonNode.Parse(body)!;
        var array = node is JsonArray a ? a : node["labels"]!.AsArray();
        return array.Select(l => l!.GetValue<string>()).ToList();
    }

    private static JsonArray Labels(IEnumerable<string> names) =>
        new(names.Select((n, i) => (JsonNode)new JsonObject { ["id"] = 100 + i, ["node_id"] = "LA_" + i, ["url"] = "https://api.github.com/labels/" + n, ["name"] = n, ["color"] = "ededed", ["default"] = false, ["description"] = null }).ToArray());

    private static ResponseMessage NotFound() =>
        Json(404, new JsonObject { ["message"] = "Not Found", ["documentation_url"] = "https://docs.github.com/rest" });

    private static ResponseMessage Json(int status, JsonNode body, IDictionary<string, string>? headers = null)
    {
        var all = Headers(("Content-Type", "application/json; charset=utf-8"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            all[name] = new WireMockList<string>(value);
        }
        return new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String }, Headers = all };
    }

    private static Dictionary<string, WireMockList<string>> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => new WireMockList<string>(h.Value));

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/issues/(?<number>\d+)/(?<rest>.+)$")]
    private static partial Regex IssuePath();

    [GeneratedRegex(@"^/repos/[^/]+/[^/]+/issues/comments/(?<id>\d+)$")]
    private static partial Regex CommentPath();

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/contents/(?<path>.+)$")]
    private static partial Regex ContentsPath();

    [GeneratedRegex(@"^/app/installations/\d+/access_tokens$")]
    private static partial Regex TokenPath();

    private sealed class Fault(string method, Regex path, int status, IDictionary<string, string> headers)
    {
        private int used;

        public string Method => method;
        public Regex Path => path;
        public int Status => status;
        public IDictionary<string, string> Headers => headers;
        public bool Used => used != 0;
        public TimeSpan Delay { get; init; }

        public bool TryUse() => Interlocked.Exchange(ref used, 1) == 0;
    }
}

/// <summary>A comment as GitHub stores it; <paramref name="Author"/> is the login of whoever wrote it.</summary>
public sealed record StoredComment(long Id, string Repo, int Issue, string Body, string Author)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["node_id"] = "IC_" + Id,
        ["url"] = $"https://api.github.com/repos/{Repo}/issues/comments/{Id}",
        ["html_url"] = $"https://github.com/{Repo}/issues/{Issue}#issuecomment-{Id}",
        ["body"] = Body,
        ["user"] = FakeGitHub.User(Author),
        ["created_at"] = "2026-11-23T10:00:00Z",
        ["updated_at"] = "2026-11-23T10:00:00Z",
        ["author_association"] = "NONE",
    };
}
