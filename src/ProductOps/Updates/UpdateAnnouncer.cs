using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// Queues the announcements an item's change calls for, one message per configured target. Called
/// before the row is saved: if the save then fails, the retried event finds the same change, builds
/// the same ids, and the delivery log keeps each target from hearing it twice.
/// </summary>
public sealed class UpdateAnnouncer(IUpdateQueue queue, IDigestRegistry digests, TimeProvider clock)
{
    public async Task AnnounceAsync(ItemRecord before, ItemRecord after, ProductOpsConfig config, string? scope, CancellationToken ct)
    {
        // The digest runs over every container seen, with the installation that can write to it.
        await digests.RememberAsync(after.Key.Provider, after.Key.Container, scope, ct);
        if (config.Updates.AnnounceTo.Count == 0)
        {
            return;
        }

        foreach (var announcement in Announcements.Detect(before, after).Where(a => config.Updates.Announces(a.Template)))
        {
            var model = ModelJson.ToElement(announcement.Model);
            foreach (var target in config.Updates.AnnounceTo)
            {
                await queue.EnqueueAsync(new UpdateMessage
                {
                    Id = announcement.Id,
                    Template = announcement.Template,
                    Provider = after.Key.Provider,
                    Container = after.Key.Container,
                    Scope = scope,
                    ItemId = after.Key.Id,
                    Target = target,
                    Model = model,
                    CreatedAt = clock.GetUtcNow(),
                }, ct);
            }
        }
    }
}
