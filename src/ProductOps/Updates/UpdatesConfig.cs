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

/// <summary>Where an update goes: the item itself, a tracking issue, or a named webhook from the app settings.</summary>
public sealed record UpdateTarget(UpdateTargetKind Kind, string? Name = null)
{
    public static UpdateTarget Item { get; } = new(UpdateTargetKind.Item);

    /// <summary>A stable, table-key-safe name for the target, part of the delivery's dedupe key.</summary>
    public string Key => Name is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()}-{Name}";

    public override string ToString() => Key;
}

public enum UpdateTargetKind { Item, Issue, Slack, Teams, Webhook }
