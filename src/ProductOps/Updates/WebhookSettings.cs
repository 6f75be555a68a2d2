namespace ProductOps.Updates;

/// <summary>One named webhook: its address (a secret: never logged) and, for JSON webhooks, an HMAC secret.</summary>
public sealed class WebhookSettings
{
    public Uri? Url { get; set; }

    public string? Secret { get; set; }
}
