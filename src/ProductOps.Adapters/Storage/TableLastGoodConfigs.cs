using System.Collections.Concurrent;
using Azure.Data.Tables;
using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Storage;

/// <summary>
/// Last good configuration files in the <c>configs</c> table: partition = repository, row = file path. A file
/// may hold 64 KB (<see cref="SafeYaml.MaxBytes"/>) and a table string property 32,768 characters, so the text
/// is split over a few properties. Rows are written only when the good text changes.
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types
/// </summary>
public sealed class TableLastGoodConfigs(StorageAccount storage, TimeProvider clock) : ILastGoodConfigs
{
    private const int ChunkChars = 30_000;
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.ConfigsTable);

    // What this instance knows to be stored, so an unchanged good file costs no table call.
    private readonly ConcurrentDictionary<string, string> storedHash = new(StringComparer.OrdinalIgnoreCase);

    public async Task<LastGoodConfig?> GetAsync(string repository, string path, CancellationToken ct)
    {
        var response = await StorageAccount.CreatingIfMissingAsync(
            () => table.GetEntityIfExistsAsync<TableEntity>(StorageNames.TableKey(repository), StorageNames.TableKey(path), cancellationToken: ct),
            () => table.CreateIfNotExistsAsync(ct));
        if (!response.HasValue)
        {
            return null;
        }
        var entity = response.Value!;
        var count = entity.GetInt32("Chunks") ?? 0;
        var text = string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString($"Text{i}") ?? ""));
        storedHash[Key(repository, path)] = Hashing.Sha256Hex(text);
        return new LastGoodConfig(text, entity.GetDateTimeOffset("SavedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue);
    }

    public async Task SaveAsync(string repository, string path, string text, CancellationToken ct)
    {
        var hash = Hashing.Sha256Hex(text);
        if (storedHash.TryGetValue(Key(repository, path), out var known) && known == hash)
        {
            return;
        }
        var entity = new TableEntity(StorageNames.TableKey(repository), StorageNames.TableKey(path))
        {
            ["Repository"] = repository,
            ["Path"] = path,
            ["SavedAt"] = clock.GetUtcNow(),
            ["Chunks"] = (text.Length + ChunkChars - 1) / ChunkChars,
        };
        for (var i = 0; i * ChunkChars < text.Length; i++)
        {
            entity[$"Text{i}"] = text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - i * ChunkChars));
        }
        await StorageAccount.CreatingIfMissingAsync(
            async () => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            () => table.CreateIfNotExistsAsync(ct));
        storedHash[Key(repository, path)] = hash;
    }

    private static string Key(string repository, string path) => repository + ":" + path;
}
