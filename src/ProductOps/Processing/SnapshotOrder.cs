using System.Text;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Decides whether a delivery's snapshot of an item is newer than what the board index holds. The
/// trackers' <c>updated_at</c> has whole-second resolution, so two different snapshots can carry the
/// same time; and a timestamp far ahead of when the delivery arrived is not a clock GitHub or Jira
/// keeps. In both cases the timestamp cannot say which state is current, so the item is read back
/// from the tracker, which can. The very snapshot the index last applied is not applied again: the
/// app's own writes came after it, so applying it again would undo or repeat them (a duplicate delivery
/// that reached the queue before its delivery id was recognised).
/// </summary>
internal static class SnapshotOrder
{
    /// <summary>How far ahead of its arrival a delivery's timestamp may be (clock skew between systems).</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static SnapshotVerdict Judge(WorkItem item, ItemRecord record, DateTimeOffset receivedAt, bool reapplySameSnapshot = false)
    {
        var latest = receivedAt + MaxClockSkew;
        if (item.UpdatedAt > latest)
        {
            return SnapshotVerdict.ReadBack("its timestamp is in the future");
        }
        if (record.TrackerUpdatedAt > latest)
        {
            // Stored by an earlier version from an untrusted timestamp: not a reference to skip against.
            return SnapshotVerdict.ReadBack("the index holds a timestamp in the future");
        }
        if (item.UpdatedAt < record.TrackerUpdatedAt)
        {
            return SnapshotVerdict.Stale;
        }
        if (item.UpdatedAt == record.TrackerUpdatedAt && record.SnapshotHash is { } applied)
        {
            if (applied != Fingerprint(item))
            {
                return SnapshotVerdict.ReadBack("another snapshot with the same timestamp was applied");
            }
            if (!reapplySameSnapshot)
            {
                return SnapshotVerdict.AlreadyApplied;
            }
        }
        return SnapshotVerdict.Apply;
    }

    /// <summary>Whether the index's timestamp can be trusted to order a snapshot read back from the tracker.</summary>
    public static bool Trusted(ItemRecord record, DateTimeOffset receivedAt) => record.TrackerUpdatedAt <= receivedAt + MaxClockSkew;

    /// <summary>
    /// Whether an item just read back from the tracker is older than the snapshot the index applied: a newer one
    /// was applied meanwhile and must not be overwritten. Only when the index's timestamp can be trusted.
    /// </summary>
    public static bool ReadBackIsOlder(WorkItem current, ItemRecord record, DateTimeOffset at) =>
        Trusted(record, at) && current.UpdatedAt < record.TrackerUpdatedAt;

    /// <summary>A hash of everything a snapshot shows that Product Ops uses, to tell two same-second snapshots apart.</summary>
    public static string Fingerprint(WorkItem item)
    {
        var text = new StringBuilder()
            .Append(item.State).Append('\n')
            .Append(item.Title).Append('\n')
            .Append(item.Milestone).Append('\n')
            .AppendJoin('\u001f', item.Labels.Order(StringComparer.OrdinalIgnoreCase)).Append('\n')
            .AppendJoin('\u001f', item.Assignees.Order(StringComparer.Ordinal)).Append('\n')
            .AppendJoin('\u001f', item.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)).Append('\n')
            .Append(item.Body);
        return Hashing.Sha256Hex(text.ToString())[..16];
    }
}

internal enum SnapshotMove { Apply, Stale, AlreadyApplied, ReadBack }

/// <summary>What to do with a delivery's snapshot; <see cref="Reason"/> says why it is read back.</summary>
internal sealed record SnapshotVerdict(SnapshotMove Move, string? Reason = null)
{
    public static SnapshotVerdict Apply { get; } = new(SnapshotMove.Apply);

    public static SnapshotVerdict Stale { get; } = new(SnapshotMove.Stale);

    public static SnapshotVerdict AlreadyApplied { get; } = new(SnapshotMove.AlreadyApplied);

    public static SnapshotVerdict ReadBack(string reason) => new(SnapshotMove.ReadBack, reason);
}
