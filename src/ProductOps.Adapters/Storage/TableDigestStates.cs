using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

using ProductOps.Updates;

namespace ProductOps.Storage;

/// <summary>
/// The <c>digests</c> table: one row per repository or project seen, with the GitHub App installation
/// that can write to it and the watermark (the end of the period the last digest covered). The next
/// digest covers (watermark, now], so a missed run is caught up and nothing is reported twice.
/// </summary>
public sealed class TableDigestStates(StorageAccount storage) : IDigestRegistry, IRoadmapPlacements
{
    private const string Row = "digest";
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.DigestsTable);
    private readonly ConcurrentDictionary<string, string?> remembered = new();

    /// <summary>Records that a container exists (and its scope); written once per process and change, so it costs no round trip per event.</summary>
    public async Task RememberAsync(string provider, string container, string? scope, CancellationToken ct)
    {
        var key = $"{provider}:{container}";
        if (remembered.TryGetValue(key, out var known) && known == scope)
        {
            return;
        }

        var entity = new TableEntity(StorageNames.TableKey(key), Row) { ["Provider"] = provider, ["Container"] = container, ["Scope"] = scope };
        await StorageAccount.CreatingIfMissingAsync(
            () => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct),
            () => table.CreateIfNotExistsAsync(ct));
        remembered[key] = scope;
    }

    public async IAsyncEnumerable<DigestState> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await table.CreateIfNotExistsAsync(ct);
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.RowKey == Row, cancellationToken: ct))
        {
            yield return new DigestState(e.GetString("Provider") ?? "", e.GetString("Container") ?? "", e.GetString("Scope"), e.GetDateTimeOffset("Watermark"), e.ETag.ToString());
        }
    }

    /// <summary>Moves the watermark if nobody else did since it was read; false when another run got there first.</summary>
    public async Task<bool> TryAdvanceAsync(DigestState state, DateTimeOffset watermark, CancellationToken ct)
    {
        var entity = new TableEntity(StorageNames.TableKey($"{state.Provider}:{state.Container}"), Row) { ["Watermark"] = watermark };
        try
        {
            await table.UpdateEntityAsync(entity, new ETag(state.Version), TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>The roadmap placements (item id to horizon) recorded at the last refresh, in the container's "roadmap" row.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> GetAsync(string provider, string container, CancellationToken ct)
    {
        var row = await StorageAccount.CreatingIfMissingAsync(
            () => table.GetEntityIfExistsAsync<TableEntity>(StorageNames.TableKey($"{provider}:{container}"), "roadmap", cancellationToken: ct),
            () => table.CreateIfNotExistsAsync(ct));
        return row.HasValue && row.Value!.GetString("Placements") is { } json
            ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json)
            : null;
    }

    public async Task SaveAsync(string provider, string container, IReadOnlyDictionary<string, string> placements, CancellationToken ct)
    {
        var entity = new TableEntity(StorageNames.TableKey($"{provider}:{container}"), "roadmap") { ["Placements"] = System.Text.Json.JsonSerializer.Serialize(placements) };
        await StorageAccount.CreatingIfMissingAsync(
            () => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            () => table.CreateIfNotExistsAsync(ct));
    }
}
