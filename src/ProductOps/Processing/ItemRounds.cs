using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Coalesces the deliveries for one item that arrive on this instance while it is being reconciled.
/// Each delivery is a snapshot of the whole item and processing is a reconciliation to the newest
/// one, so every delivery that arrives during round k joins round k + 1, which reconciles once, to
/// the newest snapshot among them, and answers all of them with its outcome. No delivery waits on
/// the item's lease in a retry loop, and none is completed before a round that covers it is done:
/// if that round fails, every member fails and is retried from the queue (nothing is lost).
/// </summary>
/// <remarks>
/// Only one round per item runs on an instance at a time; other instances still meet at the
/// item's lease (<see cref="IItemLocks"/>). The snapshots are ordered by the tracker's timestamp
/// (then arrival); when two members show different snapshots with the same timestamp (whole
/// seconds), the round reads the item back from the tracker instead of guessing.
/// </remarks>
internal sealed class ItemRounds
{
    private readonly Dictionary<ItemKey, Slot> slots = [];

    /// <summary>Runs <paramref name="apply"/> once for this delivery and every delivery that joins its round.</summary>
    internal async Task<ProcessingOutcome> RunAsync(Arrival arrival, Func<Coalesced, CancellationToken, Task<ProcessingOutcome>> apply, CancellationToken ct)
    {
        var key = arrival.Event.Item.Key;
        Round round;
        Task? previous = null;
        Round? joined = null;
        lock (slots)
        {
            var slot = slots.TryGetValue(key, out var existing) ? existing : slots[key] = new Slot();
            round = new Round(arrival);
            if (slot.Next is { } next)
            {
                next.Members.Add(arrival);
                joined = next;
            }
            else if (slot.Running is null)
            {
                slot.Running = round;
            }
            else
            {
                previous = slot.Running.Done.Task;
                slot.Next = round;
            }
        }
        if (joined is not null)
        {
            return await joined.Done.Task.WaitAsync(ct);
        }

        if (previous is not null)
        {
            // Members stay welcome until this round starts.
            await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        Arrival[] members;
        lock (slots)
        {
            var slot = slots[key];
            slot.Running = round;
            if (slot.Next == round)
            {
                slot.Next = null;
            }
            members = [.. round.Members];
        }

        try
        {
            round.Done.SetResult(await apply(Coalesced.From(members), ct));
        }
        catch (Exception e)
        {
            round.Done.SetException(e);
        }
        finally
        {
            lock (slots)
            {
                var slot = slots[key];
                if (slot.Running == round)
                {
                    slot.Running = null;
                    if (slot.Next is null)
                    {
                        slots.Remove(key);
                    }
                }
            }
        }
        return await round.Done.Task;
    }

    private sealed class Slot
    {
        public Round? Running { get; set; }

        public Round? Next { get; set; }
    }

    private sealed class Round(Arrival first)
    {
        public List<Arrival> Members { get; } = [first];

        public TaskCompletionSource<ProcessingOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>One delivery about an item, as it reached processing.</summary>
internal sealed record Arrival(ItemEvent Event, string DeliveryId, DateTimeOffset ReceivedAt);

/// <summary>The deliveries of one round as one: the newest snapshot, and what the others add.</summary>
internal sealed record Coalesced(ItemEvent Event, string DeliveryId, DateTimeOffset ReceivedAt, int Count, bool Ambiguous)
{
    public static Coalesced From(IReadOnlyList<Arrival> members)
    {
        var ordered = members.OrderBy(m => m.Event.Item.UpdatedAt).ThenBy(m => m.ReceivedAt).ToList();
        var newest = ordered[^1];
        if (ordered.Count == 1)
        {
            return new(newest.Event, newest.DeliveryId, newest.ReceivedAt, 1, false);
        }
        var fingerprint = SnapshotOrder.Fingerprint(newest.Event.Item);
        var ambiguous = ordered.Any(m => m.Event.Item.UpdatedAt == newest.Event.Item.UpdatedAt && SnapshotOrder.Fingerprint(m.Event.Item) != fingerprint);
        // The phase gate reads which labels the events added and removed: all of the round's, in order.
        var present = newest.Event.Item.Labels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = ordered.All(m => m.Event.AddedLabels is not null && m.Event.RemovedLabels is not null);
        var ev = newest.Event with
        {
            AddedLabels = named ? [.. ordered.SelectMany(m => m.Event.AddedLabels!)] : null,
            RemovedLabels = named ? [.. ordered.SelectMany(m => m.Event.RemovedLabels!).Where(l => !present.Contains(l))] : null,
        };
        return new(ev, newest.DeliveryId, newest.ReceivedAt, ordered.Count, ambiguous);
    }
}
