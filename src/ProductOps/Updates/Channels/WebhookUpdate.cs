using System.Text.Json;

namespace ProductOps.Updates.Channels;

/// <summary>The JSON webhook's body.</summary>
public sealed record WebhookUpdate(
    string Id, string Template, string Provider, string Container, string? Item, DateTimeOffset CreatedAt, string Markdown, JsonElement Model);
