namespace ProductOps.Storage;

public sealed record DigestState(string Provider, string Container, string? Scope, DateTimeOffset? Watermark, string Version);
