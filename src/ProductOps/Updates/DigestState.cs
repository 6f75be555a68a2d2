namespace ProductOps.Updates;

/// <summary>
/// A repository or project the app has seen, with the scope that can write to it, the end of the period its
/// last digest covered, and the row's version (so two digest runs cannot both move the watermark).
/// </summary>
public sealed record DigestState(string Provider, string Container, string? Scope, DateTimeOffset? Watermark, string Version);
