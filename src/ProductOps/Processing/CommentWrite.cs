using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Brings the item's comment with this marker to this text. Whether that is an edit, a create, or a
/// find then an edit depends on what the tracker answers, so <see cref="PlanApplier"/> decides it.
/// </summary>
public sealed record CommentWrite(MarkedCommentContent Content) : PlannedWrite
{
    public override string ToString() => $"write the {Content.Marker} comment:\n{Content.Markdown}";
}
