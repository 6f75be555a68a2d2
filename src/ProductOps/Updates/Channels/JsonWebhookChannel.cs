using System.Text.Json;
using ProductOps.Webhooks;

namespace ProductOps.Updates.Channels;

/// <summary>
/// A generic JSON webhook (docs/updates.md#json-webhook): the rendered Markdown with the model it came
/// from. With <c>Updates:Webhooks:&lt;name&gt;:Secret</c> set, <c>X-Product-Ops-Signature-256</c> carries
/// <c>sha256=</c> + the HMAC-SHA256 hex of the body, as GitHub signs its own webhooks.
/// <c>X-Product-Ops-Delivery</c> is the same on every attempt, so a receiver can drop a repeat.
/// </summary>
public sealed class JsonWebhookChannel(WebhookPoster poster, UpdatesSettings settings) : IUpdateChannel
{
    public const string SignatureHeader = "X-Product-Ops-Signature-256";
    public const string DeliveryHeader = "X-Product-Ops-Delivery";

    public TextDialect Dialect => TextDialect.Markdown;

    public bool Handles(UpdateTargetKind kind) => kind == UpdateTargetKind.Webhook;

    public Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Payload(update, text), ChannelJson.Default.WebhookUpdate);
        var headers = new Dictionary<string, string> { [DeliveryHeader] = update.DeliveryKey };
        if (settings.Webhooks.TryGetValue(update.Target.Name ?? "", out var hook) && !string.IsNullOrEmpty(hook.Secret))
        {
            headers[SignatureHeader] = HmacSignature.Sign(hook.Secret, body);
        }
        return poster.PostAsync("JSON", update, body, headers, ct);
    }

    public static WebhookUpdate Payload(UpdateMessage update, string text) => new(
        update.Id, update.Template, update.Provider, update.Container, update.ItemId, update.CreatedAt, text, update.Model);
}
