using System.Collections.Concurrent;
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
/// A WireMock.Net server answering the Jira Cloud REST v3 endpoints <c>JiraClient</c> calls, with
/// Jira's shapes (https://developer.atlassian.com/cloud/jira/platform/rest/v3/): the field
/// catalogue, issues (label operations and field sets applied), comments with entity properties.
/// Faults can be injected per method and path, with headers such as Retry-After.
/// </summary>
public sealed partial class FakeJira : IDisposable
{
    private readonly ConcurrentQueue<Fault> faults = new();

    public FakeJira(params (string Id, string Name)[] customNumberFields)
    {
        Fields = [.. SystemFields.Select(f => Field(f, f, custom: false)), .. customNumberFields.Select(f => Field(f.Id, f.Name, custom: true))];
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(Answer));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url! + "/";

    /// <summary>The catalogue <c>GET /rest/api/3/field</c> serves.</summary>
    public IReadOnlyList<JsonObject> Fields { get; }

    /// <summary>
    /// The next <paramref name="times"/> requests matching method and path answer with this status and
    /// Jira's error shape (<paramref name="body"/> in place of a generic message when given).
    /// </summary>
    public void Fail(string method, string pathPattern, int status, int times = 1, IDictionary<string, string>? headers = null, JsonObject? body = null)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue(new Fault(method, new Regex(pathPattern), status, headers ?? new Dictionary<string, string>(), body));
        }
    }

    /// <summary>Requests received, oldest first.</summary>
    public IReadOnlyList<ILogEntry> Requests() =>
        Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();

    /// <summary>Writes Jira accepted: POST and PUT, except the read-only POST /comment/list, fault answers excluded.</summary>
    public IReadOnlyList<ILogEntry> Writes => Requests()
        .Where(e => e.RequestMessage!.Method is "POST" or "PUT" && e.RequestMessage.AbsolutePath != "/rest/api/3/comment/list")
        .Where(e => (e.ResponseMessage!.StatusCode as int? ?? 200) < 400)
        .ToList();

    public IReadOnlyList<ILogEntry> WritesTo(string issueKey) =>
        Writes.Where(w => w.RequestMessage!.AbsolutePath.StartsWith($"/rest/api/3/issue/{issueKey}", StringComparison.Ordinal)).ToList();

    public void Dispose() => Server.Stop();

    private ResponseMessage Answer(IRequestMessage request)
    {
        var path = request.AbsolutePath;
        var fault = faults.FirstOrDefault(f => f.Method == request.Method && f.Path.IsMatch(path) && !f.Used);
        if (fault is not null && fault.TryUse())
        {
            return fault.Body is { } body ? Json(fault.Status, body.DeepClone(), fault.Headers) : Error(fault.Status, "Injected fault", fault.Headers);
        }

        if (path == "/rest/api/3/field" && request.Method == "GET")
        {
            return Json(200, new JsonArray([.. Fields.Select(f => f.DeepClone())]));
        }

        if (path == "/rest/api/3/myself" && request.Method == "GET")
        {
            return Json(200, User(ApiUser));
        }

        if (path == "/rest/api/3/comment/list" && request.Method == "POST")
        {
            return CommentList(request);
        }

        if (AnswerPermissions(request) is { } permission)
        {
            return permission;
        }

        if (path == "/rest/api/3/search/jql" && request.Method == "GET")
        {
            return SearchJql(request);
        }

        if (IssuePath().Match(path) is not { Success: true } match)
        {
            return Error(404, "Not found");
        }

        var key = match.Groups["key"].Value;
        var rest = match.Groups["rest"].Value;
        var commentId = match.Groups["comment"].Success ? long.Parse(match.Groups["comment"].Value) : (long?)null;
        return (request.Method, rest, commentId) switch
        {
            ("GET", "", _) => GetIssue(key),
            ("PUT", "", _) => EditIssue(key, request),
            ("GET", "/comment", _) => CommentsPage(key, request),
            ("POST", "/comment", _) => AddComment(key, request),
            ("PUT", _, { } id) => UpdateComment(key, id, request),
            _ => Error(404, "Not found"),
        };
    }

    private static readonly string[] SystemFields = ["summary", "description", "labels", "status", "project", "assignee", "created", "updated", "comment"];

    private static JsonObject Field(string id, string name, bool custom) => new()
    {
        ["id"] = id,
        ["key"] = id,
        ["name"] = custom ? name : char.ToUpperInvariant(name[0]) + name[1..],
        ["custom"] = custom,
        ["orderable"] = true,
        ["navigable"] = true,
        ["searchable"] = true,
        ["clauseNames"] = new JsonArray(id, name),
        ["schema"] = custom
            ? new JsonObject { ["type"] = "number", ["custom"] = "com.atlassian.jira.plugin.system.customfieldtypes:float", ["customId"] = int.Parse(id.Split('_')[1]) }
            : new JsonObject { ["type"] = "string", ["system"] = id },
    };

    private static ResponseMessage Error(int status, string message, IDictionary<string, string>? headers = null) =>
        Json(status, new JsonObject { ["errorMessages"] = new JsonArray(message), ["errors"] = new JsonObject() }, headers);

    private static ResponseMessage Json(int status, JsonNode? body, IDictionary<string, string>? headers = null)
    {
        var all = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json;charset=UTF-8") };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            all[name] = new WireMockList<string>(value);
        }

        return new ResponseMessage
        {
            StatusCode = status,
            BodyData = body is null ? null : new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String },
            Headers = all,
        };
    }

    [GeneratedRegex(@"^/rest/api/3/issue/(?<key>[A-Z][A-Z0-9_]*-\d+)(?<rest>(/comment(/(?<comment>\d+))?)?)$")]
    private static partial Regex IssuePath();

    private sealed class Fault(string method, Regex path, int status, IDictionary<string, string> headers, JsonObject? body)
    {
        private int used;

        public string Method => method;
        public Regex Path => path;
        public int Status => status;
        public IDictionary<string, string> Headers => headers;
        public JsonObject? Body => body;
        public bool Used => used != 0;

        public bool TryUse() => Interlocked.Exchange(ref used, 1) == 0;
    }
}
