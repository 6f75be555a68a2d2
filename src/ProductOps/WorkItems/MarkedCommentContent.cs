namespace ProductOps.WorkItems;

/// <summary>Markdown to publish under a hidden marker such as "score" or "gate".</summary>
public sealed record MarkedCommentContent(string Marker, string Markdown)
{
    public string ContentHash { get; } = Hashing.Sha256Hex(Markdown)[..16];
}
