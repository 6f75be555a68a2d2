using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// The endpoints comment commands use: a collaborator's permission
/// (https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user) and
/// reactions on issue comments (https://docs.github.com/rest/reactions/reactions#create-reaction-for-an-issue-comment).
/// </summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<string, string> permissions = new();
    private readonly ConcurrentDictionary<(long Comment, string Content), string> reactions = new();

    /// <summary>Gives a user a permission on a repository: admin, write, read or none (everyone else has read).</summary>
    public void Permit(string repo, string user, string permission) => permissions[$"{repo}:{user}"] = permission;

    /// <summary>The reactions on a comment, by content ("+1"), with who made them.</summary>
    public IReadOnlyList<string> ReactionsOn(long commentId) =>
        reactions.Keys.Where(k => k.Comment == commentId).Select(k => k.Content).ToList();

    /// <summary>
    /// When set, the app's label writes show on issues added with <see cref="AddIssue"/> and move their
    /// <c>updated_at</c> on, as on GitHub, so an issue read back after a write shows it (e.g. <c>/phase</c>).
    /// Off by default: other tests keep the fixed snapshots they were written against.
    /// </summary>
    public bool IssuesFollowLabelWrites { get; set; }

    private void ReflectOnIssue(string repo, int number, IEnumerable<string>? added, string? removed)
    {
        if (!IssuesFollowLabelWrites || Issue(repo, number) is not { } issue)
        {
            return;
        }
        var names = issue["labels"]!.AsArray().Select(l => (string)l!["name"]!).ToList();
        names.AddRange((added ?? []).Where(a => !names.Contains(a)));
        names.RemoveAll(n => n == removed);
        issue["labels"] = new JsonArray(names.Select(n => (JsonNode)new JsonObject { ["id"] = 1, ["name"] = n, ["color"] = "ededed" }).ToArray());
        var updated = DateTimeOffset.Parse((string)issue["updated_at"]!, System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTimeOffset.UtcNow > updated ? DateTimeOffset.UtcNow : updated.AddSeconds(1);
        issue["updated_at"] = next.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
    }

    private ResponseMessage? AnswerCommands(IRequestMessage request)
    {
        if (PermissionPath().Match(request.AbsolutePath) is { Success: true } permission && request.Method == "GET")
        {
            var repo = permission.Groups["owner"].Value + "/" + permission.Groups["repo"].Value;
            var user = permission.Groups["user"].Value;
            var level = permissions.GetValueOrDefault($"{repo}:{user}", "read");
            return Json(200, new JsonObject
            {
                ["permission"] = level,
                ["role_name"] = level,
                ["user"] = new JsonObject { ["login"] = user, ["id"] = 42, ["type"] = "User" },
            });
        }
        if (ReactionPath().Match(request.AbsolutePath) is { Success: true } reaction && request.Method == "POST")
        {
            var content = JsonNode.Parse(request.Body!)!["content"]!.GetValue<string>();
            var isNew = reactions.TryAdd((long.Parse(reaction.Groups["id"].Value), content), "product-ops[bot]");
            return Json(isNew ? 201 : 200, new JsonObject
            {
                ["id"] = 1,
                ["node_id"] = "REA_1",
                ["user"] = new JsonObject { ["login"] = "product-ops[bot]", ["id"] = 1, ["type"] = "Bot" },
                ["content"] = content,
                ["created_at"] = "2026-11-23T10:00:00Z",
            });
        }
        return null;
    }

    [GeneratedRegex(@"^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/collaborators/(?<user>[^/]+)/permission$")]
    private static partial Regex PermissionPath();

    [GeneratedRegex(@"^/repos/[^/]+/[^/]+/issues/comments/(?<id>\d+)/reactions$")]
    private static partial Regex ReactionPath();
}
