namespace ProductOps.WorkItems;

/// <summary>A comment found again by its hidden marker, with the hash of the content last written.</summary>
public sealed record MarkedComment(string Id, string? ContentHash);
