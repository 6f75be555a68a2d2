using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// The announcements an item's change calls for, one message per configured target: planned from the
/// row before and after (<see cref="Plan"/>), queued by the applier before the row is saved. If the save
/// then fails, the retried event finds the same change, builds the same ids, and the delivery log keeps
/// each target from hearing it twice.
/// </summary>
public sealed class UpdateAnnouncer(IUpdateQueue queue, IDigestRegistry digests)
{
    public static IReadOnlyList<UpdateMessage> Plan(ItemRecord before, ItemRecord after, ProductOpsConfig config, string? scope, DateTimeOffset now)
    {
        if (config.Updates.AnnounceTo.Count == 0)
        {
            return [];
        }

        var messages = new List<UpdateMessage>();
        foreach (var announcement in Announcements.Detect(before, after).Where(a => config.Updates.Announces(a.Template)))
        {
            var model = ModelJson.ToElement(announcement.Model);
            messages.AddRange(config.Updates.AnnounceTo.Select(target => new UpdateMessage
            {
                Id = announcement.Id,
                Template = announcement.Template,
                Provider = after.Key.Provider,
                Container = after.Key.Container,
                Scope = scope,
                ItemId = after.Key.Id,
                Target = target,
                Model = model,
                CreatedAt = now,
            }));
        }
        return messages;
    }

    public async Task AnnounceAsync(ItemKey item, IReadOnlyList<UpdateMessage> messages, string? scope, CancellationToken ct)
    {
        // The digest runs over every container seen, with the installation that can write to it.
        await digests.RememberAsync(item.Provider, item.Container, scope, ct);
        foreach (var message in messages)
        {
            await queue.EnqueueAsync(message, ct);
        }
    }
}
