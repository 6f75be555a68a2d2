using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ProductOps.Events;
using ProductOps.GitHub.Http;

namespace ProductOps.GitHub.Projects;

/// <summary>
/// A small typed client for GitHub's GraphQL API (<c>POST /graphql</c>) over the same handler chain as
/// the Octokit REST client: rate-limit retries, mutation pacing (queries are not paced), telemetry.
/// Each query's point cost and the points left are read from <c>rateLimit</c> (and, for mutations,
/// from the <c>x-ratelimit-*</c> headers); when fewer than <see cref="ReservePoints"/> are left the
/// next call defers the event until the window resets instead of running the budget dry.
/// https://docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api
/// </summary>
public sealed class GitHubGraphQl(HttpClient http, Uri endpoint, Func<Task<string>> token, TimeProvider clock)
{
    /// <summary>Points left for everything else the installation does (REST and GraphQL budgets are separate).</summary>
    public const int ReservePoints = 100;

    private Budget? budget;

    /// <summary>The points GitHub charged for the last query (1 for a mutation), and the points left after it.</summary>
    public (int Cost, int Remaining)? LastCall => budget is { } b ? (b.Cost, b.Remaining) : null;

    /// <summary>The GraphQL endpoint next to a REST root: <c>api.github.com/graphql</c>, or <c>HOST/api/graphql</c> on Enterprise Server.</summary>
    public static Uri EndpointFor(Uri apiUrl)
    {
        var root = apiUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase) ? root[..^"/v3".Length] + "/graphql" : root + "/graphql");
    }

    public async Task<T> SendAsync<T>(GraphQlOperation operation, JsonObject variables, JsonTypeInfo<T> type, CancellationToken ct)
    {
        if (budget is { } low && low.Remaining < ReservePoints && low.ResetAt > clock.GetUtcNow())
        {
            var wait = low.ResetAt - clock.GetUtcNow() + TimeSpan.FromSeconds(1);
            throw new RetryLaterException(wait, $"GitHub GraphQL points low ({low.Remaining} left): retry in {wait.TotalSeconds:0} s");
        }

        var body = new JsonObject { ["query"] = operation.Text, ["variables"] = variables, ["operationName"] = operation.Name };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token());
        request.Headers.UserAgent.ParseAdd("product-ops/1.0");
        request.Options.Set(GitHubRequestKinds.ReadOnlyPost, !operation.IsMutation);

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw new GitHubGraphQlException(operation.Name, $"GitHub answered {(int)response.StatusCode} without a JSON body");
        }

        using (document)
        {
            var root = document.RootElement;
            ReadBudget(response, root);
            // A node that is gone comes back as null data with a NOT_FOUND error: the null says it, so only other errors fail.
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 &&
                !(root.TryGetProperty("data", out var partial) && partial.ValueKind == JsonValueKind.Object && errors.EnumerateArray().All(IsNotFound)))
            {
                ThrowFor(operation, errors);
            }
            if (!response.IsSuccessStatusCode || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                var message = root.TryGetProperty("message", out var m) ? m.GetString() : "no data";
                throw new GitHubGraphQlException(operation.Name, $"GitHub answered {(int)response.StatusCode}: {message}");
            }
            return data.Deserialize(type) ?? throw new GitHubGraphQlException(operation.Name, "the answer has no data");
        }
    }

    private void ReadBudget(HttpResponseMessage response, JsonElement root)
    {
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object &&
            data.TryGetProperty("rateLimit", out var limit) && limit.ValueKind == JsonValueKind.Object)
        {
            budget = new Budget(limit.GetProperty("cost").GetInt32(), limit.GetProperty("remaining").GetInt32(),
                limit.TryGetProperty("resetAt", out var reset) && reset.ValueKind == JsonValueKind.String ? reset.GetDateTimeOffset() : clock.GetUtcNow().AddHours(1));
            return;
        }
        // Mutations cannot select rateLimit; every GraphQL answer carries the headers.
        if (Header(response, "x-ratelimit-remaining") is { } remaining && int.TryParse(remaining, CultureInfo.InvariantCulture, out var left))
        {
            var reset = long.TryParse(Header(response, "x-ratelimit-reset"), CultureInfo.InvariantCulture, out var epoch)
                ? DateTimeOffset.FromUnixTimeSeconds(epoch) : clock.GetUtcNow().AddHours(1);
            budget = new Budget(1, left, reset);
        }
    }

    private void ThrowFor(GraphQlOperation operation, JsonElement errors)
    {
        var parts = errors.EnumerateArray().Select(e =>
        {
            var kind = e.TryGetProperty("type", out var t) ? t.GetString() : null;
            var message = e.TryGetProperty("message", out var m) ? m.GetString() : "unknown error";
            return (Type: kind, Text: kind is null ? message! : $"{kind}: {message}");
        }).ToList();
        if (parts.Any(p => p.Type == "RATE_LIMITED"))
        {
            var wait = budget is { } b && b.ResetAt > clock.GetUtcNow() ? b.ResetAt - clock.GetUtcNow() : TimeSpan.FromMinutes(1);
            throw new RetryLaterException(wait, $"GitHub GraphQL rate limit: retry in {wait.TotalSeconds:0} s");
        }
        var hint = parts.Any(p => p.Type is "FORBIDDEN" or "INSUFFICIENT_SCOPES")
            ? " (the GitHub App needs the organisation projects permission; a personal token the project scope: docs/projects.md)"
            : "";
        throw new GitHubGraphQlException(operation.Name, string.Join("; ", parts.Select(p => p.Text)) + hint,
            refused: parts.Any(p => p.Type is "FORBIDDEN" or "INSUFFICIENT_SCOPES" or "NOT_FOUND"));
    }

    private static bool IsNotFound(JsonElement error) =>
        error.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "NOT_FOUND";

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed record Budget(int Cost, int Remaining, DateTimeOffset ResetAt);
}
