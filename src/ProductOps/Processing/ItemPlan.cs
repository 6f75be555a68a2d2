using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Everything one snapshot of an item calls for, decided before anything is written (<see cref="ItemPlanner"/>)
/// and carried out by <see cref="PlanApplier"/>: the tracker writes in order, the announcements to queue,
/// and the index row to save at the end.
/// </summary>
/// <param name="Seen">The index row updated with what the snapshot shows, before any decision: what an intent save keeps.</param>
/// <param name="Row">The index row to save once the writes are done (comment ids and the snapshot's fingerprint are added then).</param>
/// <param name="Announcements">Updates to queue; null when the item is not open (nothing is announced, no digest registered).</param>
public sealed record ItemPlan(ItemRecord Seen, ItemRecord Row, IReadOnlyList<PlannedWrite> Writes, IReadOnlyList<UpdateMessage>? Announcements)
{
    /// <summary>
    /// Whether the saved row says the snapshot is applied (its fingerprint). False for a plan that does not score
    /// the item (comment commands that only record something): the row keeps the fingerprint it had.
    /// </summary>
    public bool AppliesSnapshot { get; init; } = true;

    public IEnumerable<LabelWrite> Labels => Writes.OfType<LabelWrite>();

    public IEnumerable<CommentWrite> Comments => Writes.OfType<CommentWrite>();

    /// <summary>The plan as the dry run prints it: one line per write, then the announcements.</summary>
    public IEnumerable<string> Describe() =>
        Writes.Select(w => w.ToString()).Concat((Announcements ?? []).Select(a => $"announce {a.Template} to {a.Target.Key}"));
}
