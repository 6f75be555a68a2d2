using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Hostile;

/// <summary>
/// What cannot be processed is refused at the edge; what can is stored, cut where storage needs it;
/// a delivery that can never succeed goes to poison at once with its reason, never after five
/// attempts (issue 12, item 7).
/// </summary>
public sealed class PermanentErrorTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private static readonly string[] RiceLabels = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_payload_nested_deeper_than_processing_reads_is_refused_at_the_edge()
    {
        var response = await SendAsync(WithNesting(GitHubDeliveries.Labeled("octo-org/deep", 1, RiceLabels), 100));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nests deeper than", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_payload_nested_as_deep_as_the_edge_allows_is_processed()
    {
        var response = await SendAsync(WithNesting(GitHubDeliveries.Labeled("octo-org/deep", 2, RiceLabels), EventQueue.MaxPayloadDepth));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/deep", 2).Count == 1, "the issue is scored");
    }

    [Theory]
    [InlineData("number 3e9", """{"number":3000000000}""")]
    [InlineData("number 3e9 in exponent form", """{"number":3e9}""")]
    [InlineData("full_name without a slash", """{"full_name":"no-slash"}""")]
    public async Task A_delivery_that_can_never_be_processed_goes_to_poison_on_its_first_attempt_with_the_reason(string what, string change)
    {
        var payload = GitHubDeliveries.Labeled("octo-org/odd", 3, RiceLabels);
        var patch = JsonNode.Parse(change)!.AsObject().Single();
        var target = patch.Key == "number" ? payload["issue"]! : payload["repository"]!;
        target[patch.Key] = patch.Value!.DeepClone();
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var delivery = Guid.NewGuid().ToString();
        var poisonBefore = await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue));

        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", body, RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        // Logged once the message is in the poison queue.
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("Moved an unprocessable message") && l.Contains(delivery)), $"{what}: the message is set aside with its reason");
        Assert.True(await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)) > poisonBefore);
        Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains($"delivery {delivery} failed on attempt"));
    }

    [Fact]
    public async Task A_70000_character_title_is_stored_cut_and_the_item_is_still_scored_and_listed()
    {
        var payload = GitHubDeliveries.Labeled("octo-org/long", 4, RiceLabels);
        payload["issue"]!["title"] = "🚀" + new string('t', 70_000);
        var delivery = Guid.NewGuid().ToString();

        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/long", 4).Count == 1, "the issue is scored");
        var items = env.App.Services.GetRequiredService<IItemStore>();
        await Eventually.HoldsAsync(async () => (await items.GetAsync(new ItemKey("github", "octo-org/long", "4"), CancellationToken.None))?.Score is not null, "the item is saved with its score");
        var record = (await items.GetAsync(new ItemKey("github", "octo-org/long", "4"), CancellationToken.None))!;
        Assert.StartsWith("🚀ttt", record.Title);
        Assert.InRange(record.Title.Length, 30_000, 32 * 1024 - 1);
        Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains($"delivery {delivery} failed on attempt"));
    }

    private Task<HttpResponseMessage> SendAsync(JsonObject payload) =>
        env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));

    /// <summary>The payload with an extra field holding <paramref name="depth"/> nested containers in all.</summary>
    private static JsonObject WithNesting(JsonObject payload, int depth)
    {
        JsonNode inner = new JsonObject();
        for (var level = 3; level < depth; level++)
        {
            inner = new JsonArray(inner);
        }
        payload["extra"] = new JsonObject { ["nested"] = inner };
        return payload;
    }
}
