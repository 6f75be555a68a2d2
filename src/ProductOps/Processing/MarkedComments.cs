using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Keeps exactly one comment per marker on an item: created once, edited only when its text
/// changes, found again by its marker when the board index does not know its id.
/// </summary>
/// <remarks>
/// A create whose answer never came (<see cref="UnansweredWriteException"/>, or a crash) may still
/// have been applied, and a tracker can apply it after answering late. So before writing it again the comment is looked
/// for afresh, and while the earlier attempt may still land (<see cref="ITracker.WriteSettleTime"/>)
/// the event is put back for later instead of writing a second comment. The "creation started" save
/// before a create is the one save <see cref="PlanApplier"/> makes before its final one.
/// </remarks>
internal static class MarkedComments
{
    public static async Task<ItemRecord> UpsertAsync(WorkItem item, ItemRecord record, MarkedCommentContent content, ITracker tracker, IItemStore store, DateTimeOffset now, CancellationToken ct)
    {
        var known = record.CommentFor(content.Marker);
        if (known.Id is not null)
        {
            if (known.ContentHash == content.ContentHash)
            {
                return record;
            }
            if (await tracker.UpdateCommentAsync(item.Key, known.Id, content, ct))
            {
                return record.WithComment(content.Marker, new CommentRecord(known.Id, content.ContentHash));
            }
            // Someone deleted our comment: write it again below.
        }
        else if (known.CreationStarted || item.CommentCount > 0)
        {
            // Either an earlier attempt may have created it, or the item has comments we have
            // never looked at (an item from before Product Ops was installed).
            var found = await tracker.FindCommentAsync(item.Key, content.Marker, ct);
            if (found is not null)
            {
                if (found.ContentHash != content.ContentHash)
                {
                    await tracker.UpdateCommentAsync(item.Key, found.Id, content, ct);
                }
                return record.WithComment(content.Marker, new CommentRecord(found.Id, content.ContentHash));
            }
            if (known.CreationStarted && known.StartedAt is { } started && started + tracker.WriteSettleTime > now)
            {
                var wait = started + tracker.WriteSettleTime - now;
                throw new RetryLaterException(wait, $"the {content.Marker} comment on {item.Key} may still be being created by an earlier attempt; looking again in {wait.TotalSeconds:0} s");
            }
        }

        record = record.WithComment(content.Marker, new CommentRecord(null, null, CreationStarted: true) { StartedAt = now });
        record = await SaveAsync(store, record, ct);
        string id;
        try
        {
            id = await tracker.CreateCommentAsync(item.Key, content, ct);
        }
        catch (Exception e) when (e is not UnansweredWriteException)
        {
            // The tracker answered: the create is over, applied or not, so the retry looks for it once and need not wait for it.
            await store.TrySaveAsync(record.WithComment(content.Marker, new CommentRecord(null, null, CreationStarted: true)), CancellationToken.None);
            throw;
        }
        return record.WithComment(content.Marker, new CommentRecord(id, content.ContentHash));
    }

    internal static async Task<ItemRecord> SaveAsync(IItemStore store, ItemRecord record, CancellationToken ct) =>
        await store.TrySaveAsync(record, ct) ?? throw new ConcurrentUpdateException(record.Key);
}
