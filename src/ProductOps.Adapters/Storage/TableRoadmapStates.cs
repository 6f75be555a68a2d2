using Azure;
using Azure.Data.Tables;
using ProductOps.Roadmap;

namespace ProductOps.Storage;

/// <summary>
/// One partition per roadmap in the <c>roadmaps</c> table: row <c>published</c> holds the hashes of
/// what each target last received (written only by the lease holder), row <c>pending</c> says a
/// refresh is already queued (written by event processing, cleared by the refresh).
/// </summary>
public sealed class TableRoadmapStates(StorageAccount storage) : IRoadmapStates
{
    internal const string PublishedRow = "published";
    internal const string PendingRow = "pending";
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.RoadmapsTable);

    public static string PartitionKey(string provider, string container) => StorageNames.TableKey($"{provider}:{container}");

    public async Task<RoadmapState> GetAsync(string provider, string container, CancellationToken ct)
    {
        var response = await StorageAccount.CreatingIfMissingAsync(
            () => table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(provider, container), PublishedRow, cancellationToken: ct),
            () => table.CreateIfNotExistsAsync(ct));
        if (!response.HasValue)
        {
            return new RoadmapState(provider, container);
        }
        var e = response.Value!;
        return new RoadmapState(provider, container)
        {
            FileHash = e.GetString("FileHash"),
            IssueHash = e.GetString("IssueHash"),
            IssueId = e.GetString("IssueId"),
            HtmlHash = e.GetString("HtmlHash"),
            JiraIssueHash = e.GetString("JiraIssueHash"),
            Version = e.ETag.ToString(),
        };
    }

    public async Task SaveAsync(RoadmapState state, CancellationToken ct)
    {
        var entity = new TableEntity(PartitionKey(state.Provider, state.Container), PublishedRow)
        {
            ["FileHash"] = state.FileHash,
            ["IssueHash"] = state.IssueHash,
            ["IssueId"] = state.IssueId,
            ["HtmlHash"] = state.HtmlHash,
            ["JiraIssueHash"] = state.JiraIssueHash,
        };
        // The writer holds the roadmap lease, so a plain upsert cannot lose another writer's update.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async Task ClearPendingAsync(string provider, string container, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(PartitionKey(provider, container), PendingRow, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing pending.
        }
    }
}
