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
/// on WireMock, checked against the payload shapes the services expect (request bodies from the log).
/// </summary>
public sealed class UpdateDeliveryTests(UpdateDeliveryTests.Environment env) : IClassFixture<UpdateDeliveryTests.Environment>
{
    public sealed class Environment : AppWithFakeWebhooks;

    [Fact]
    public async Task A_Slack_update_is_posted_as_text_and_mrkdwn_sections_with_hostile_text_escaped()
    {
        await env.QueueAsync("slack-1", new UpdateTarget(UpdateTargetKind.Slack, "slack"));

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
        await env.QueueAsync("teams-1", new UpdateTarget(UpdateTargetKind.Teams, "teams"));

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
        await env.QueueAsync("json-1", new UpdateTarget(UpdateTargetKind.Webhook, "json"));

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
}
