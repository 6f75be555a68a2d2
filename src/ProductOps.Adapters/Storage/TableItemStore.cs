using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProductOps.Gates;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Storage;

/// <summary>
/// The board index in Azure Table storage: partition = provider and repository or project,
/// row = issue number or key. Saves use the row's ETag, so two writers never overwrite each other.
/// </summary>
public sealed class TableItemStore(StorageAccount storage) : IItemStore, IBoardIndex
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient table = storage.Tables.GetTableClient(StorageNames.ItemsTable);

    public static string PartitionKey(ItemKey key) => StorageNames.TableKey($"{key.Provider}:{key.Container}");

    public async Task<ItemRecord?> GetAsync(ItemKey key, CancellationToken ct)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(key), StorageNames.TableKey(key.Id), cancellationToken: ct);
        return response.HasValue ? FromEntity(key, response.Value!) : null;
    }

    public async Task<ItemRecord?> TrySaveAsync(ItemRecord record, CancellationToken ct)
    {
        var entity = ToEntity(record);
        try
        {
            var response = record.Version is null
                ? await table.AddEntityAsync(entity, ct)
                : await table.UpdateEntityAsync(entity, new ETag(record.Version), TableUpdateMode.Replace, ct);
            return record with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<ItemRecord> ListAsync(string provider, string container, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var partition = PartitionKey(new ItemKey(provider, container, ""));
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            yield return FromEntity(new ItemKey(provider, container, entity.GetString("ItemId") ?? entity.RowKey), entity);
        }
    }

    private static TableEntity ToEntity(ItemRecord r) => new(PartitionKey(r.Key), StorageNames.TableKey(r.Key.Id))
    {
        ["Provider"] = r.Key.Provider,
        ["Container"] = r.Key.Container,
        ["ItemId"] = r.Key.Id,
        ["Title"] = Bounded(r.Title),
        ["Url"] = Bounded(r.Url),
        ["State"] = r.State.ToString(),
        ["Labels"] = JsonSerializer.Serialize(r.Labels, Json),
        ["AppLabels"] = JsonSerializer.Serialize(r.AppLabels, Json),
        ["Milestone"] = Bounded(r.Milestone),
        ["Assignees"] = JsonSerializer.Serialize(r.Assignees, Json),
        ["TrackerUpdatedAt"] = r.TrackerUpdatedAt,
        ["SnapshotHash"] = r.SnapshotHash,
        ["CreatedAt"] = r.CreatedAt,
        ["Score"] = r.Score?.Score,
        ["ScoreSnapshot"] = r.Score is null ? null : JsonSerializer.Serialize(r.Score, Json),
        ["PreviousScore"] = r.PreviousScore is null ? null : JsonSerializer.Serialize(r.PreviousScore, Json),
        ["Priority"] = r.Priority,
        ["InputsChangedAt"] = r.InputsChangedAt,
        ["ClosedAt"] = r.ClosedAt,
        ["Phase"] = r.Phase,
        ["PhaseHistory"] = JsonSerializer.Serialize(r.PhaseHistory, Json),
        ["GateStatus"] = r.GateStatus,
        ["Gate"] = r.Gate is null ? null : JsonSerializer.Serialize(r.Gate, Json),
        ["Comments"] = JsonSerializer.Serialize(r.Comments, Json),
        ["Goal"] = r.Goal,
        ["Outcome"] = r.Outcome is null ? null : JsonSerializer.Serialize(r.Outcome, Json),
        ["CommandLog"] = JsonSerializer.Serialize(r.CommandLog, Json),
        ["Estimates"] = JsonSerializer.Serialize(r.Estimates, Json),
    };

    /// <summary>
    /// A string property holds at most 64 KiB, 32K UTF-16 characters
    /// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types);
    /// free text from the tracker (a forged 70,000-character title) is cut there, never split inside
    /// a surrogate pair, so the item is still saved, scored and listed.
    /// </summary>
    internal static string? Bounded(string? text)
    {
        const int MaxChars = 32 * 1024 - 1;
        if (text is null || text.Length <= MaxChars)
        {
            return text;
        }
        var cut = char.IsHighSurrogate(text[MaxChars - 2]) ? MaxChars - 2 : MaxChars - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static ItemRecord FromEntity(ItemKey key, TableEntity e) => new()
    {
        Key = key,
        Title = e.GetString("Title") ?? "",
        Url = e.GetString("Url") ?? "",
        State = Enum.TryParse<ItemState>(e.GetString("State"), out var state) ? state : ItemState.Open,
        Labels = Read<List<string>>(e, "Labels") ?? [],
        AppLabels = Read<List<string>>(e, "AppLabels") ?? [],
        Milestone = e.GetString("Milestone"),
        Assignees = Read<List<string>>(e, "Assignees") ?? [],
        TrackerUpdatedAt = e.GetDateTimeOffset("TrackerUpdatedAt") ?? DateTimeOffset.MinValue,
        SnapshotHash = e.GetString("SnapshotHash"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt"),
        Score = Read<ScoreSnapshot>(e, "ScoreSnapshot"),
        PreviousScore = Read<ScoreSnapshot>(e, "PreviousScore"),
        Priority = e.GetString("Priority"),
        InputsChangedAt = e.GetDateTimeOffset("InputsChangedAt"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        Phase = e.GetString("Phase"),
        PhaseHistory = Read<List<PhaseChange>>(e, "PhaseHistory") ?? [],
        GateStatus = e.GetString("GateStatus"),
        Gate = Read<GateAttempt>(e, "Gate"),
        Comments = Read<Dictionary<string, CommentRecord>>(e, "Comments") ?? [],
        Goal = e.GetString("Goal"),
        Outcome = Read<Outcomes.MeasuredOutcome>(e, "Outcome"),
        CommandLog = Read<List<string>>(e, "CommandLog") ?? [],
        Estimates = Read<List<Estimate>>(e, "Estimates") ?? [],
        Version = e.ETag.ToString(),
    };

    private static T? Read<T>(TableEntity e, string property) where T : class =>
        e.GetString(property) is { Length: > 0 } text ? JsonSerializer.Deserialize<T>(text, Json) : null;
}
