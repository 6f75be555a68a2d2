namespace ProductOps.Updates;

/// <summary>
/// The <c>updates:</c> section of <c>.github/product-ops.yml</c> (docs/updates.md): which announcements
/// are sent and where, and where the digest goes. Nothing is sent until a team names a target.
/// </summary>
public sealed record UpdatesConfig
{
    public static UpdatesConfig Defaults { get; } = new();

    /// <summary>The announcements sent when something happens; all of them by default.</summary>
    public IReadOnlyList<string> Announce { get; init; } = UpdateTemplates.Announcements;

    /// <summary>Where announcements go; none by default.</summary>
    public IReadOnlyList<UpdateTarget> AnnounceTo { get; init; } = [];

    /// <summary>Where the scheduled digest goes; none by default.</summary>
    public IReadOnlyList<UpdateTarget> DigestTo { get; init; } = [];

    /// <summary>How many items the digest lists by score.</summary>
    public int DigestTop { get; init; } = 5;

    public bool Announces(string template) => AnnounceTo.Count > 0 && Announce.Contains(template, StringComparer.Ordinal);
}
