using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>The writes commands need beyond <see cref="ITracker"/>: who may use them, and a reaction.</summary>
public interface ICommandPort
{
    /// <summary>True when <paramref name="author"/> can write to the item's repository or project.</summary>
    Task<bool> CanWriteAsync(ItemKey item, string author, CancellationToken ct);

    /// <summary>Acknowledges a comment with a reaction; false when the tracker has none (Jira).</summary>
    Task<bool> ReactAsync(ItemKey item, string commentId, CancellationToken ct);
}
