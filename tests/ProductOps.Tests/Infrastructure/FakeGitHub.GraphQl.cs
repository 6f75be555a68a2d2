using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// <c>POST /graphql</c>: the Projects (v2) queries and mutations Product Ops sends, answered in GitHub's
/// shapes (<c>data</c>, <c>errors</c> with a <c>type</c>, <c>rateLimit</c>). A query's cost follows
/// GitHub's published rule: every connection is requested once per node of the connections around it,
/// the sum is divided by 100 and rounded, at least 1 point; a mutation is charged 1 point.
/// https://docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#calculating-points-for-the-primary-rate-limit
/// </summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentQueue<GraphQlCall> graphQlCalls = new();
    private int graphQlRemaining = 5000;

    /// <summary>Every GraphQL call answered, oldest first: operation name, variables and point cost.</summary>
    public IReadOnlyList<GraphQlCall> GraphQlCalls => graphQlCalls.ToList();

    public IReadOnlyList<GraphQlCall> GraphQlMutations => GraphQlCalls.Where(c => c.IsMutation).ToList();

    /// <summary>The points left in the window; below the app's reserve it defers its calls.</summary>
    public void SetGraphQlRemaining(int points) => graphQlRemaining = points;

    private ResponseMessage? AnswerGraphQl(IRequestMessage request)
    {
        if (request.AbsolutePath != "/graphql" || request.Method != "POST")
        {
            return null;
        }
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var query = (string)body["query"]!;
        var variables = body["variables"] as JsonObject ?? [];
        var operation = (string?)body["operationName"] ?? "";
        var isMutation = query.TrimStart().StartsWith("mutation", StringComparison.Ordinal);
        var cost = isMutation ? 1 : Cost(query, variables);
        var remaining = Interlocked.Add(ref graphQlRemaining, -cost);
        graphQlCalls.Enqueue(new GraphQlCall(operation, variables.ToJsonString(), cost, isMutation));

        if (operation == "ProjectItemsPage" && IsDenied(variables))
        {
            return Json(200, DeniedProject());
        }
        var data = operation switch
        {
            "ProjectItem" => new JsonObject { ["node"] = projectItems.TryGetValue((string)variables["id"]!, out var item) ? ItemJson(item, withProject: true) : null },
            "IssueProjectItems" => IssueItems(variables),
            "ProjectItemsPage" => ProjectPage(variables, query),
            "SetFieldValue" => Mutate(variables, "updateProjectV2ItemFieldValue", clear: false),
            "ClearFieldValue" => Mutate(variables, "clearProjectV2ItemFieldValue", clear: true),
            _ => null,
        };
        if (data is null)
        {
            return Json(200, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = $"Unknown operation '{operation}'" }) });
        }
        if (!isMutation)
        {
            data["rateLimit"] = new JsonObject { ["cost"] = cost, ["remaining"] = remaining, ["resetAt"] = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ") };
        }
        return Json(200, new JsonObject { ["data"] = data }, new Dictionary<string, string>
        {
            ["x-ratelimit-limit"] = "5000",
            ["x-ratelimit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
            ["x-ratelimit-resource"] = "graphql",
        });
    }

    private JsonObject IssueItems(JsonObject variables)
    {
        var repo = $"{(string)variables["owner"]!}/{(string)variables["name"]!}";
        var number = (int)variables["number"]!;
        var items = projectItems.Values.Where(i => i.Repo == repo && i.Number == number).OrderBy(i => i.Id, StringComparer.Ordinal);
        return new JsonObject
        {
            ["repository"] = new JsonObject
            {
                ["issue"] = Issue(repo, number) is null ? null : new JsonObject
                {
                    ["projectItems"] = new JsonObject { ["nodes"] = new JsonArray(items.Select(i => (JsonNode)ItemJson(i, withProject: true)).ToArray()) },
                },
            },
        };
    }

    private JsonObject ProjectPage(JsonObject variables, string query)
    {
        var project = projects.Values.SingleOrDefault(p => p.Owner == (string)variables["owner"]! && p.Number == (int)variables["number"]!);
        if (project is null)
        {
            return new JsonObject { ["organization"] = new JsonObject { ["projectV2"] = null } };
        }
        var size = int.Parse(ItemsFirst().Match(query).Groups[1].Value, CultureInfo.InvariantCulture);
        var all = projectItems.Values.Where(i => i.ProjectId == project.Id).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var start = variables["after"] is JsonValue after ? int.Parse((string)after!, CultureInfo.InvariantCulture) : 0;
        var page = all.Skip(start).Take(size).ToList();
        var json = ProjectJson(project);
        json["items"] = new JsonObject
        {
            ["pageInfo"] = new JsonObject { ["hasNextPage"] = start + size < all.Count, ["endCursor"] = (start + page.Count).ToString(CultureInfo.InvariantCulture) },
            ["nodes"] = new JsonArray(page.Select(i => (JsonNode)ItemJson(i, withProject: false)).ToArray()),
        };
        return new JsonObject { ["organization"] = new JsonObject { ["projectV2"] = json } };
    }

    private JsonObject Mutate(JsonObject variables, string name, bool clear)
    {
        var item = projectItems[(string)variables["item"]!];
        var field = projects[item.ProjectId].Fields.Single(f => f.Id == (string)variables["field"]!);
        if (clear)
        {
            item.Values.TryRemove(field.Id, out _);
        }
        else
        {
            var value = variables["value"]!.AsObject();
            item.Values[field.Id] = value["number"] is { } number ? (double)number : (object)(string)value["singleSelectOptionId"]!;
        }
        return new JsonObject { [name] = new JsonObject { ["projectV2Item"] = new JsonObject { ["id"] = item.Id } } };
    }

    /// <summary>Sum over connections of how many times each is requested, / 100, rounded, at least 1.</summary>
    internal static int Cost(string query, JsonObject variables)
    {
        var requests = 0.0;
        var multipliers = new Stack<double>([1.0]);
        double? pending = null;
        foreach (Match token in Token().Matches(query))
        {
            if (token.Groups["first"].Success)
            {
                var raw = token.Groups["first"].Value;
                pending = raw.StartsWith('$') ? (double)variables[raw[1..]]! : double.Parse(raw, CultureInfo.InvariantCulture);
            }
            else if (token.Value == "{")
            {
                var outer = multipliers.Peek();
                if (pending is { } first)
                {
                    requests += outer;
                    multipliers.Push(outer * first);
                }
                else
                {
                    multipliers.Push(outer);
                }
                pending = null;
            }
            else
            {
                multipliers.Pop();
            }
        }
        return Math.Max(1, (int)Math.Round(requests / 100, MidpointRounding.AwayFromZero));
    }

    [GeneratedRegex(@"first:\s*(?<first>\$?\w+)|[{}]")]
    private static partial Regex Token();

    [GeneratedRegex(@"items\(first:\s*(\d+)")]
    private static partial Regex ItemsFirst();
}

/// <summary>One GraphQL call the fake answered.</summary>
public sealed record GraphQlCall(string Operation, string Variables, int Cost, bool IsMutation);
