using Azure;
using Azure.Data.Tables;
using ProductOps.Outcomes;

namespace ProductOps.Storage;

/// <summary>
/// KPI history in Azure Table storage: partition = provider and repository or project, row = goal and the
/// source (the comment id). Adding a row that exists fails with 409, which is what makes a redelivered or
/// edited <c>/kpi</c> comment record nothing the second time. Failed automatic readings are kept beside it, in
/// their own table (same partition, row = goal), so listing the history never has to tell the two apart.
/// </summary>
public sealed class TableKpiHistory(StorageAccount storage) : IKpiHistory
{
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.KpiTable);
    private readonly TableClient failures = storage.Tables.GetTableClient(StorageNames.KpiFailuresTable);

    public async Task<bool> RecordAsync(string provider, string container, KpiValue value, CancellationToken ct)
    {
        var entity = new TableEntity(Partition(provider, container), StorageNames.TableKey($"{value.GoalId}:{value.SourceId}"))
        {
            ["GoalId"] = value.GoalId,
            ["Value"] = value.Value,
            ["At"] = value.At,
            ["Author"] = value.Author,
            ["SourceId"] = value.SourceId,
        };
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<KpiValue?> FindAsync(string provider, string container, string goalId, string sourceId, CancellationToken ct)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(provider, container), StorageNames.TableKey($"{goalId}:{sourceId}"), cancellationToken: ct);
        return found.HasValue && found.Value is { } e ? Read(e) : null;
    }

    public async Task<IReadOnlyList<KpiValue>> ListAsync(string provider, string container, CancellationToken ct)
    {
        var values = new List<KpiValue>();
        var partition = Partition(provider, container);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            values.Add(Read(e));
        }
        return values.OrderBy(v => v.At).ThenBy(v => v.SourceId, StringComparer.Ordinal).ToList();
    }

    public async Task RecordFailureAsync(string provider, string container, KpiFailure failure, CancellationToken ct)
    {
        var reason = failure.Reason.Length > KpiFailure.MaxReason ? failure.Reason[..KpiFailure.MaxReason] + "…" : failure.Reason;
        var entity = new TableEntity(Partition(provider, container), StorageNames.TableKey(failure.GoalId))
        {
            ["GoalId"] = failure.GoalId,
            ["At"] = failure.At,
            ["Reason"] = reason,
        };
        await failures.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async Task<bool> ClearFailureAsync(string provider, string container, string goalId, CancellationToken ct)
    {
        try
        {
            // The SDK answers a missing entity with its 404 response rather than throwing (older versions threw).
            var response = await failures.DeleteEntityAsync(Partition(provider, container), StorageNames.TableKey(goalId), ETag.All, ct);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<KpiFailure>> ListFailuresAsync(string provider, string container, CancellationToken ct)
    {
        var found = new List<KpiFailure>();
        var partition = Partition(provider, container);
        await foreach (var e in failures.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            found.Add(new(e.GetString("GoalId") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetString("Reason") ?? ""));
        }
        return found;
    }

    private static KpiValue Read(TableEntity e) =>
        new(e.GetString("GoalId") ?? "", e.GetDouble("Value") ?? 0, e.GetDateTimeOffset("At") ?? default, e.GetString("Author") ?? "", e.GetString("SourceId") ?? "");

    private static string Partition(string provider, string container) => StorageNames.TableKey($"{provider}:{container}");
}
