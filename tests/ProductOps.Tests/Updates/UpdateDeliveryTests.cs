using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;
using ProductOps.Updates.Channels;
using ProductOps.Webhooks;

namespace ProductOps.Tests.Updates;

/// <summary>
/// Updates queued on <c>updates</c> and delivered by the running app to Slack, Teams and JSON webhooks
/// on WireMock: the payload shapes the services expect, one delivery per update, retries, and poison.
/// </summary>
public sealed class UpdateDeliveryTests(UpdateDeliveryTests.Environment env) : IClassFixture<UpdateDeliveryTests.Environment>
{
    public sealed class Environment : AppWithFakeGitHub
    {
        public FakeWebhooks Hooks { get; } = new();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            foreach (var name in new[] { "slack", "teams", "json", "down", "gone", "flaky" })
            {
                settings[$"Updates:Webhooks:{name}:Url"] = Hooks.Url("/" + name);
            }
            settings["Updates:Webhooks:json:Secret"] = "webhook-secret";
            settings["Updates:RetryDelay"] = "00:00:00.100";
            settings["Updates:MaxRetryDelay"] = "00:00:00.200";
        }
    }

    [Fact]
    public async Task A_Slack_update_is_posted_as_text_and_mrkdwn_sections_with_hostile_text_escaped()
    {
        await QueueAsync("slack-1", new UpdateTarget(UpdateTargetKind.Slack, "slack"));

        await Eventually.HoldsAsync(() => env.Hooks.Posts("/slack").Count == 1, "Slack receives the update");
        var body = env.Hooks.Posts("/slack")[0];
        Assert.Equal("Gate failed: Offline mode &lt;!channel&gt;", body["text"]!.GetValue<string>());
        var section = Assert.Single(body["blocks"]!.AsArray())!;
        Assert.Equal("section", section["type"]!.GetValue<string>());
        Assert.Equal("mrkdwn", section["text"]!["type"]!.GetValue<string>());
        var text = section["text"]!["text"]!.GetValue<string>();
        Assert.StartsWith("*Gate failed: Offline mode &lt;!channel&gt;*\n\n<https://github.com/octo-org/app/issues/9|#9>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_update_is_posted_as_an_Adaptive_Card_message_as_workflows_expect()
    {
        await QueueAsync("teams-1", new UpdateTarget(UpdateTargetKind.Teams, "teams"));

        await Eventually.HoldsAsync(() => env.Hooks.Posts("/teams").Count == 1, "Teams receives the update");
        var body = env.Hooks.Posts("/teams")[0];
        Assert.Equal("message", body["type"]!.GetValue<string>());
        var attachment = Assert.Single(body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(attachment.AsObject().ContainsKey("contentUrl"));
        var card = attachment["content"]!;
        Assert.Equal(("AdaptiveCard", "1.4", "http://adaptivecards.io/schemas/adaptive-card.json"),
            (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>(), card["$schema"]!.GetValue<string>()));
        var blocks = card["body"]!.AsArray();
        Assert.All(blocks, b => Assert.Equal("TextBlock", b!["type"]!.GetValue<string>()));
        Assert.Equal(("Gate failed: Offline mode <\u200B\\!channel\\>", "Bolder"), (blocks[0]!["text"]!.GetValue<string>(), blocks[0]!["weight"]!.GetValue<string>()));
        Assert.StartsWith("[#9](https://github.com/octo-org/app/issues/9) did not meet", blocks[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_webhook_gets_the_text_and_model_signed_with_its_secret()
    {
        await QueueAsync("json-1", new UpdateTarget(UpdateTargetKind.Webhook, "json"));

        await Eventually.HoldsAsync(() => env.Hooks.Requests("/json").Count == 1, "the JSON webhook receives the update");
        var request = env.Hooks.Requests("/json")[0].RequestMessage!;
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(("json-1", "gate-failed", "octo-org/app", "9"),
            (body["id"]!.GetValue<string>(), body["template"]!.GetValue<string>(), body["container"]!.GetValue<string>(), body["item"]!.GetValue<string>()));
        Assert.Equal("beta", body["model"]!["gate"]!["phase"]!.GetValue<string>());
        Assert.StartsWith("## Gate failed", body["markdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("json-1.webhook-json", request.Headers![JsonWebhookChannel.DeliveryHeader].Single());
        Assert.True(HmacSignature.IsValid(request.Headers[JsonWebhookChannel.SignatureHeader].Single(), "webhook-secret", request.BodyAsBytes!, sha256Only: true));
    }

    [Fact]
    public async Task A_delivery_that_fails_with_500_is_retried_and_then_posted_exactly_once()
    {
        await QueueAsync("flaky-1", new UpdateTarget(UpdateTargetKind.Slack, "flaky"));

        await Eventually.HoldsAsync(() => env.Hooks.Requests("/flaky").Count == 2, "the retry reaches the webhook");
        await Task.Delay(1000);
        Assert.Equal([500, 200], env.Hooks.Requests("/flaky").OrderBy(e => e.RequestMessage!.DateTime).Select(e => (int)e.ResponseMessage!.StatusCode!));

        // The same update queued again (a retried event) is not posted again.
        await QueueAsync("flaky-1", new UpdateTarget(UpdateTargetKind.Slack, "flaky"));
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("flaky-1 to slack-flaky: already delivered", StringComparison.Ordinal)), "the repeat is skipped");
        Assert.Equal(2, env.Hooks.Requests("/flaky").Count);
    }

    [Fact]
    public async Task An_update_that_fails_five_times_is_kept_in_updates_poison_with_the_reason_and_its_text()
    {
        await QueueAsync("down-1", new UpdateTarget(UpdateTargetKind.Slack, "down"));

        var poisoned = await PoisonedAsync("down-1");
        Assert.Equal(5, env.Hooks.Requests("/down").Count);
        Assert.Equal("Slack webhook 'down' answered 503. (gave up after 5 attempts)", poisoned.Reason);
        Assert.Equal(5, poisoned.Attempts);
        Assert.StartsWith("## Gate failed", poisoned.Rendered, StringComparison.Ordinal);
        Assert.Equal("beta", poisoned.Update.Model.GetProperty("gate").GetProperty("phase").GetString());
        Assert.DoesNotContain(env.Hooks.Server.Url!, string.Join("\n", env.App.Logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_refused_for_good_goes_to_updates_poison_at_once()
    {
        await QueueAsync("gone-1", new UpdateTarget(UpdateTargetKind.Slack, "gone"));

        var poisoned = await PoisonedAsync("gone-1");
        Assert.Single(env.Hooks.Requests("/gone"));
        Assert.Equal("Slack webhook 'gone' answered 404 (no_service).", poisoned.Reason);
    }

    [Fact]
    public async Task An_update_for_a_webhook_name_without_an_address_is_kept_with_the_setting_to_fix()
    {
        await QueueAsync("nameless-1", new UpdateTarget(UpdateTargetKind.Teams, "nowhere"));

        var poisoned = await PoisonedAsync("nameless-1");
        Assert.Contains("Updates:Webhooks:nowhere:Url", poisoned.Reason, StringComparison.Ordinal);
    }

    private async Task QueueAsync(string id, UpdateTarget target)
    {
        var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", "gate-failed.model.json"))).RootElement.Clone();
        await env.App.Services.GetRequiredService<UpdateQueue>().EnqueueAsync(new UpdateMessage
        {
            Id = id, Template = UpdateTemplates.GateFailed, Provider = "github", Container = "octo-org/app", ItemId = "9",
            Target = target, Model = model, CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
    }

    private async Task<PoisonedUpdate> PoisonedAsync(string id)
    {
        var poison = env.Queue(StorageNames.PoisonQueue(StorageNames.UpdatesQueue));
        PoisonedUpdate? found = null;
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var message in (await poison.PeekMessagesAsync(32)).Value)
            {
                var update = JsonSerializer.Deserialize<PoisonedUpdate>(message.Body.ToString(), new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
                if (update?.Update.Id == id)
                {
                    found = update;
                    return true;
                }
            }
            return false;
        }, $"update {id} is in updates-poison");
        return found!;
    }
}
