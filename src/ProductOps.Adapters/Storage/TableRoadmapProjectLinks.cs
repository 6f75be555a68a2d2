using System.Collections.Concurrent;
using Azure.Data.Tables;
using ProductOps.Roadmap;

namespace ProductOps.Storage;

/// <summary>
/// Project-to-roadmap links in the <c>roadmaps</c> table: partition <c>project:&lt;node id&gt;</c>, one row per
/// roadmap. A link already written by this instance costs no request; a project's links are read at most once
/// per <see cref="ListFor"/>, so a burst of board edits does not read the table per event. A roadmap that stops
/// listing the project keeps its row: marking it costs one refresh that finds nothing changed.
/// </summary>
public sealed class TableRoadmapProjectLinks(StorageAccount storage, TimeProvider clock) : IRoadmapProjectLinks
{
    public static readonly TimeSpan ListFor = TimeSpan.FromSeconds(30);
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.RoadmapsTable);
    private readonly ConcurrentDictionary<string, bool> written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, IReadOnlyList<RoadmapRefreshMessage> Links)> listed = new(StringComparer.Ordinal);

    public async Task LinkAsync(string projectId, RoadmapRefreshMessage roadmap, CancellationToken ct)
    {
        var row = StorageNames.TableKey($"{roadmap.Provider}:{roadmap.Container}");
        var known = $"{projectId}|{row}|{roadmap.Scope}";
        if (written.ContainsKey(known))
        {
            return;
        }
        var entity = new TableEntity(Partition(projectId), row)
        {
            ["Provider"] = roadmap.Provider,
            ["Container"] = roadmap.Container,
            ["Scope"] = roadmap.Scope,
        };
        await StorageAccount.CreatingIfMissingAsync(
            () => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            () => table.CreateIfNotExistsAsync(ct));
        written[known] = true;
        listed.TryRemove(projectId, out _);
    }

    public async Task<IReadOnlyList<RoadmapRefreshMessage>> ListAsync(string projectId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (listed.TryGetValue(projectId, out var cached) && cached.Until > now)
        {
            return cached.Links;
        }
        var partition = Partition(projectId);
        var links = new List<RoadmapRefreshMessage>();
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
            {
                links.Add(new RoadmapRefreshMessage(e.GetString("Provider") ?? "", e.GetString("Container") ?? "", e.GetString("Scope")));
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No table yet: no roadmap has linked a project.
        }
        listed[projectId] = (now + ListFor, links);
        return links;
    }

    private static string Partition(string projectId) => StorageNames.TableKey("project:" + projectId);
}
