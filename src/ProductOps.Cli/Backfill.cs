using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProductOps.Processing;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>Reads one page of a tracker's open items: null page means the first; the next page is null after the last.</summary>
internal delegate Task<(IReadOnlyList<WorkItem> Items, string? Next)> PageReader(string? page, CancellationToken ct);

/// <summary>One repository or project to backfill, with the scope (GitHub App installation) that writes to it.</summary>
internal sealed record BackfillTarget(ItemKey Container, string Name, string? Scope, PageReader ReadPage)
{
    /// <summary>False for a GitHub project: its container names no repository with a roadmap of its own.</summary>
    public bool IsRepository { get; init; } = true;
}

/// <summary>
/// The loop every backfill shares: page by page through the same <see cref="EventProcessor"/> as
/// webhook deliveries (lock, stale guard, scoring, writes as diffs), a cursor saved after each page so
/// an interrupted run resumes there, a roadmap refresh scheduled at the end, and a summary.
/// A dry run reads the index but writes nothing: no tracker writes, no rows, no cursor, no lock blobs.
/// Index, locks, storage and loggers come from the app's composition root.
/// </summary>
internal sealed class Backfill(IAnsiConsole console, IServiceProvider services, bool dryRun)
{
    public async Task<Tally> RunAsync(ITrackerProvider provider, BackfillTarget target, bool restart, CancellationToken ct, Func<DryRunSession, ITrackerSession>? dryRunSession = null)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var storage = services.GetRequiredService<StorageAccount>();
        var store = services.GetRequiredService<IItemStore>();
        var locks = services.GetRequiredService<IItemLocks>();
        if (dryRun)
        {
            provider = new DryRunProvider(provider, loggers, dryRunSession);
            store = new ReadOnlyItemStore(store);
            locks = new ProcessItemLocks();
        }
        else
        {
            await storage.EnsureCreatedAsync([], ct);
        }

        var processor = new EventProcessor([provider], store, locks, clock, loggers.CreateLogger<EventProcessor>());
        var cursors = new BackfillCursors(storage);
        var (container, name) = (target.Container, target.Name);
        var key = $"{container.Provider}:{container.Container}";
        var cursor = restart ? null : await cursors.GetAsync(key, ct);
        var (pages, tally) = (cursor?.Pages ?? 0, cursor?.Tally ?? Tally.Zero);
        var touched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (cursor is not null)
        {
            console.MarkupLine($"Resuming after page {pages} of {Markup.Escape(name)} ({tally.Total} issues done). Use --restart to start over.");
        }

        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Backfilling {Markup.Escape(name)}", maxValue: double.MaxValue);
            task.IsIndeterminate = true;
            var next = cursor?.Next;
            do
            {
                var (items, following) = await target.ReadPage(next, ct);
                foreach (var item in items)
                {
                    var source = $"backfill page {pages + 1}";
                    var outcome = item.Board is { IsDraft: true }
                        ? await processor.ProcessAsync(provider, new BoardItemEvent(item, "backfill", "listed", target.Scope), source, ct)
                        : await processor.ProcessAsync(provider, new ItemEvent(item, "backfill", "listed", target.Scope), source, ct);
                    if (item.Board is not { IsDraft: true })
                    {
                        touched.Add(item.Key.Container);
                    }
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
            var signal = services.GetRequiredService<IRoadmapSignal>();
            if (target.IsRepository)
            {
                await signal.MarkDirtyAsync(container, target.Scope, ct);
            }
            // A project's items live in many repositories: each one's roadmap may have changed.
            foreach (var repository in touched.Where(r => !string.Equals(r, container.Container, StringComparison.OrdinalIgnoreCase)))
            {
                await signal.MarkDirtyAsync(new ItemKey(container.Provider, repository, "backfill"), target.Scope, ct);
            }
        }
        return tally with { Pages = pages };
    }

    /// <summary>One row per repository or project, and what the run did.</summary>
    public void Summary(IReadOnlyList<(string Name, Tally Tally)> done)
    {
        var table = new Table().AddColumn("Backfilled").AddColumn(new TableColumn("Pages read").RightAligned())
            .AddColumn(new TableColumn("Issues scored and indexed").RightAligned()).AddColumn(new TableColumn("Skipped (index already newer)").RightAligned())
            .AddColumn(new TableColumn("Ignored").RightAligned());
        foreach (var (name, tally) in done)
        {
            table.AddRow(Markup.Escape(name), Text(tally.Pages), Text(tally.Applied), Text(tally.Stale), Text(tally.Ignored));
        }
        console.Write(table);
        console.MarkupLine(dryRun
            ? "[yellow]Dry run: nothing was written (no labels, comments, index rows or cursor).[/]"
            : $"Done: {done.Sum(d => d.Tally.Total)} open issues of {string.Join(", ", done.Select(d => Markup.Escape(d.Name)))} are in the board index.");
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
