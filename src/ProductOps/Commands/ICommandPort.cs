using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>The writes commands need beyond <see cref="ITracker"/>: who may use them, and a reaction.</summary>
public interface ICommandPort
{
    /// <summary>True when <paramref name="author"/> can write to the item's repository or project.</summary>
    Task<bool> CanWriteAsync(ItemKey item, string author, CancellationToken ct);

    /// <summary>Whether the tracker has reactions (GitHub); without them (Jira) the reply comment says "done.".</summary>
    bool HasReactions { get; }

    /// <summary>Acknowledges a comment with a reaction; only called when <see cref="HasReactions"/>.</summary>
    Task ReactAsync(ItemKey item, string commentId, CancellationToken ct);
}
