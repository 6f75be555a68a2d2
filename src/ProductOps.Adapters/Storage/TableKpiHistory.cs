using Azure;
using Azure.Data.Tables;
using ProductOps.Outcomes;

namespace ProductOps.Storage;

/// <summary>
/// KPI history in Azure Table storage: partition = provider and repository or project, row = goal and the
/// source (the comment id). Adding a row that exists fails with 409, which is what makes a redelivered or
/// edited <c>/kpi</c> comment record nothing the second time.
/// </summary>
public sealed class TableKpiHistory(StorageAccount storage) : IKpiHistory
{
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.KpiTable);

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

    private static KpiValue Read(TableEntity e) =>
        new(e.GetString("GoalId") ?? "", e.GetDouble("Value") ?? 0, e.GetDateTimeOffset("At") ?? default, e.GetString("Author") ?? "", e.GetString("SourceId") ?? "");

    private static string Partition(string provider, string container) => StorageNames.TableKey($"{provider}:{container}");
}
