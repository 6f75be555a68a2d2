namespace ProductOps.Updates;

/// <summary>Where an update goes: the item itself, a tracking issue, or a named webhook from the app settings.</summary>
public sealed record UpdateTarget(UpdateTargetKind Kind, string? Name = null)
{
    public static UpdateTarget Item { get; } = new(UpdateTargetKind.Item);

    /// <summary>A stable, table-key-safe name for the target, part of the delivery's dedupe key.</summary>
    public string Key => Name is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()}-{Name}";

    public override string ToString() => Key;
}
