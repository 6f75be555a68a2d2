using System.Text.Json.Serialization;

namespace ProductOps.Setup;

/// <summary>The parts of the conversion's answer Product Ops keeps (the client secret is not needed and not stored).</summary>
public sealed record RegisteredApp(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("webhook_secret")] string? WebhookSecret,
    [property: JsonPropertyName("pem")] string Pem,
    [property: JsonPropertyName("html_url")] string HtmlUrl,
    [property: JsonPropertyName("owner")] RegisteredAppOwner? Owner);
