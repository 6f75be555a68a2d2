using Azure;
using Azure.Data.Tables;
using ProductOps.Storage;

namespace ProductOps.Cli;

/// <summary>
/// Where an interrupted backfill resumes: one row per repository or project in the <c>backfill</c> table
/// with the next page (GitHub's Link-header URL, Jira's nextPageToken) and the tallies so far. Deleted when the backfill completes.
/// </summary>
internal sealed class BackfillCursors(StorageAccount storage)
{
    public const string Table = "backfill";
    private readonly TableClient table = storage.Tables.GetTableClient(Table);

    public async Task<BackfillCursor?> GetAsync(string key, CancellationToken ct)
    {
        try
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(StorageNames.TableKey(key), "cursor", cancellationToken: ct);
            return row.HasValue && row.Value!.GetString("Next") is { } next
                ? new BackfillCursor(next, row.Value.GetInt32("Pages") ?? 0, Tally.Parse(row.Value.GetString("Tally")))
                : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(string key, BackfillCursor cursor, CancellationToken ct)
    {
        var row = new TableEntity(StorageNames.TableKey(key), "cursor") { ["Next"] = cursor.Next, ["Pages"] = cursor.Pages, ["Tally"] = cursor.Tally.ToString() };
        await StorageAccount.CreatingIfMissingAsync(
            () => table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct),
            () => table.CreateIfNotExistsAsync(ct));
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(StorageNames.TableKey(key), "cursor", ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}

internal sealed record BackfillCursor(string Next, int Pages, Tally Tally);

/// <summary>How many issues each processing outcome had.</summary>
internal sealed record Tally(int Applied, int Stale, int Ignored)
{
    /// <summary>Pages read; kept in the cursor row apart from the tally.</summary>
    public int Pages { get; init; }

    public static Tally Zero { get; } = new(0, 0, 0);

    public int Total => Applied + Stale + Ignored;

    public Tally Add(Processing.ProcessingOutcome outcome) => outcome switch
    {
        Processing.ProcessingOutcome.Applied => this with { Applied = Applied + 1 },
        Processing.ProcessingOutcome.Stale => this with { Stale = Stale + 1 },
        _ => this with { Ignored = Ignored + 1 },
    };

    public override string ToString() => $"{Applied},{Stale},{Ignored}";

    public static Tally Parse(string? text) =>
        text?.Split(',') is [var a, var s, var i] ? new(int.Parse(a, System.Globalization.CultureInfo.InvariantCulture), int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)) : Zero;
}
