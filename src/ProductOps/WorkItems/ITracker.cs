namespace ProductOps.WorkItems;

/// <summary>
/// The writes Product Ops makes on a tracker, for one provider and one installation or site.
/// GitHub and Jira implement it; the processing code only ever sees this port.
/// </summary>
public interface ITracker
{
    Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct);

    Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct);

    /// <summary>Finds the comment Product Ops wrote with this marker, or null.</summary>
    Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct);

    /// <summary>Creates a comment carrying the marker and the content's hash; returns its id.</summary>
    Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct);

    /// <summary>Replaces a marked comment's text; false when the comment no longer exists.</summary>
    Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct);

    /// <summary>
    /// How long after a write was sent it may still be applied though its answer was lost: a marked
    /// comment is not created again within this time of an uncertain create.
    /// </summary>
    TimeSpan WriteSettleTime { get; }

    /// <summary>Sets a number field (Jira) to a value, or clears it with null.</summary>
    Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct);
}
