using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Processing;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>Reads one page of a tracker's open items: null page means the first; the next page is null after the last.</summary>
internal delegate Task<(IReadOnlyList<WorkItem> Items, string? Next)> PageReader(string? page, CancellationToken ct);

/// <summary>
/// The loop every backfill shares: page by page through the same <see cref="EventProcessor"/> as
/// webhook deliveries (lock, stale guard, scoring, writes as diffs), a cursor saved after each page so
/// an interrupted run resumes there, a roadmap refresh scheduled at the end, and a summary.
/// A dry run reads the index but writes nothing: no tracker writes, no rows, no cursor, no lock blobs.
/// </summary>
internal sealed class Backfill(IAnsiConsole console, StorageAccount storage, bool dryRun)
{
    private static readonly ILoggerFactory Loggers = NullLoggerFactory.Instance;

    public async Task<int> RunAsync(ITrackerProvider provider, ItemKey container, string name, bool restart, PageReader readPage, CancellationToken ct, Func<DryRunSession, ITrackerSession>? dryRunSession = null)
    {
        var clock = TimeProvider.System;
        IItemStore store = new TableItemStore(storage);
        IItemLocks locks = new BlobItemLocks(storage, clock);
        if (dryRun)
        {
            provider = new DryRunProvider(provider, Loggers, dryRunSession);
            store = new ReadOnlyItemStore(store);
            locks = new ProcessItemLocks();
        }
        else
        {
            await storage.EnsureCreatedAsync([], ct);
        }

        var processor = new EventProcessor([provider], store, locks, clock, Loggers.CreateLogger<EventProcessor>());
        var cursors = new BackfillCursors(storage);
        var key = $"{container.Provider}:{container.Container}";
        var cursor = restart ? null : await cursors.GetAsync(key, ct);
        var (pages, tally) = (cursor?.Pages ?? 0, cursor?.Tally ?? Tally.Zero);
        if (cursor is not null)
        {
            console.MarkupLine($"Resuming after page {pages} ({tally.Total} issues done). Use --restart to start over.");
        }

        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Backfilling {Markup.Escape(name)}", maxValue: double.MaxValue);
            task.IsIndeterminate = true;
            var next = cursor?.Next;
            do
            {
                var (items, following) = await readPage(next, ct);
                foreach (var item in items)
                {
                    var outcome = await processor.ProcessAsync(provider, new ItemEvent(item, "backfill", "listed", null), $"backfill page {pages + 1}", ct);
                    tally = tally.Add(outcome);
                    task.Increment(1);
                }
                pages++;
                task.Description = $"Backfilling {Markup.Escape(name)}: page {pages}, {tally.Total} issues";
                if (!dryRun && following is not null)
                {
                    await cursors.SaveAsync(key, new BackfillCursor(following, pages, tally), ct);
                }
                next = following;
            }
            while (next is not null);
            task.StopTask();
        });

        if (!dryRun)
        {
            await cursors.DeleteAsync(key, ct);
            // Let a running app rewrite the roadmap once from the filled index.
            await new RoadmapRefreshQueue(storage, new RoadmapSettings(), clock).MarkDirtyAsync(container, null, ct);
        }
        Summary(name, pages, tally);
        return 0;
    }

    private void Summary(string name, int pages, Tally tally)
    {
        var table = new Table().AddColumn("Backfill").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Pages read", pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Issues scored and indexed", tally.Applied.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Skipped (index already newer)", tally.Stale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Ignored", tally.Ignored.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine(dryRun
            ? "[yellow]Dry run: nothing was written (no labels, comments, index rows or cursor).[/]"
            : $"Done: {tally.Total} open issues of {Markup.Escape(name)} are in the board index.");
    }
}
