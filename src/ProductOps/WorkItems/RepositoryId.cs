using System.Diagnostics.CodeAnalysis;

namespace ProductOps.WorkItems;

/// <summary>
/// A GitHub repository, "owner/name": the container of every GitHub <see cref="ItemKey"/>, and the
/// one place that text is taken apart. Deliveries are checked on the way in
/// (<see cref="TryParse"/>), so a key in the board index always parses.
/// </summary>
public readonly record struct RepositoryId(string Owner, string Name)
{
    /// <summary>The organisation's (or user's) <c>.github</c> repository, which holds defaults for all its repositories.</summary>
    public bool IsOwnerDefaults => string.Equals(Name, ".github", StringComparison.OrdinalIgnoreCase);

    public RepositoryId OwnerDefaults => new(Owner, ".github");

    public static RepositoryId Of(ItemKey item) => Parse(item.Container);

    public static RepositoryId Parse(string fullName) => TryParse(fullName, out var id)
        ? id
        : throw new FormatException($"'{fullName}' is not a repository name of the form owner/name.");

    public static bool TryParse([NotNullWhen(true)] string? fullName, out RepositoryId id)
    {
        var parts = (fullName ?? "").Split('/');
        id = parts.Length == 2 && parts.All(p => p.Length > 0 && !p.Any(char.IsWhiteSpace)) ? new RepositoryId(parts[0], parts[1]) : default;
        return id != default;
    }

    public override string ToString() => $"{Owner}/{Name}";
}
