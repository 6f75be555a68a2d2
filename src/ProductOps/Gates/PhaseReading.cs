namespace ProductOps.Gates;

/// <summary>
/// What an event says about the item's phase: it stays where the board index has it, it enters
/// <see cref="Phase"/> (whose gate is then checked; <see cref="OtherLabels"/> are the older phase labels
/// to remove), or it leaves the life cycle because its phase label was removed.
/// </summary>
public sealed record PhaseReading(PhaseMove Move, string? Phase, IReadOnlyList<string> OtherLabels)
{
    /// <summary>
    /// One phase per item; the newest phase label wins (docs/gates.md, "One phase at a time").
    /// <paramref name="added"/> and <paramref name="removed"/> are the labels the event changed, or null
    /// when the event does not say (then, of several phase labels, the latest phase in order wins).
    /// </summary>
    /// <remarks>
    /// When the event does name its change (GitHub <c>labeled</c>/<c>unlabeled</c>), only an added phase
    /// label moves the item, and only removing the current phase's own label makes it leave; the other
    /// labels in the payload are not read for the phase. The app's own revert and exclusivity writes come
    /// back as such events, carrying label snapshots taken between its writes (the new phase label still
    /// there, or no phase label at all for a moment); read this way they change nothing.
    /// </remarks>
    public static PhaseReading Read(GatesConfig config, IReadOnlyList<string> labels, string? current,
        IReadOnlyList<string>? added, IReadOnlyList<string>? removed)
    {
        var present = config.Phases.Where(p => labels.Any(l => string.Equals(l, p.Label, StringComparison.OrdinalIgnoreCase))).ToList();
        PhaseDefinition? claimed;
        if (added is not null)
        {
            claimed = added.Select(config.PhaseOfLabel).LastOrDefault(p => p is not null && present.Contains(p));
            if (claimed is null)
            {
                var leaves = current is not null && (removed ?? []).Any(l => string.Equals(l, config.Phase(current)?.Label, StringComparison.OrdinalIgnoreCase));
                return leaves ? new PhaseReading(PhaseMove.Leave, null, []) : new PhaseReading(PhaseMove.Stay, current, []);
            }
        }
        else
        {
            claimed = present.LastOrDefault();
            if (claimed is null)
            {
                return new PhaseReading(current is null ? PhaseMove.Stay : PhaseMove.Leave, null, []);
            }
        }

        if (claimed.Name == current)
        {
            return new PhaseReading(PhaseMove.Stay, current, []);
        }

        var others = labels.Where(l => config.PhaseOfLabel(l) is { } p && p != claimed).ToList();
        return new PhaseReading(PhaseMove.Enter, claimed.Name, others);
    }
}
