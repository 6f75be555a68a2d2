using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.Processing;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;
using Spectre.Console;

namespace ProductOps.Cli;

public sealed record BackfillOptions(string Repository, bool DryRun, bool Restart, int PageSize);

/// <summary>
/// Fills the board index from a repository's open issues, page by page, through the same
/// <see cref="EventProcessor"/> as webhook deliveries (lock, stale guard, scoring, writes as diffs),
/// over the shared GitHub clients (mutations serial and paced, retry-after and x-ratelimit-reset
/// honoured). After each page it saves a cursor, so an interrupted run resumes where it stopped.
/// </summary>
internal sealed class GitHubBackfill(IConfiguration settings, IAnsiConsole console)
{
    public async Task<int> RunAsync(BackfillOptions options, CancellationToken ct)
    {
        var github = CliServices.GitHub(settings);
        if (!github.HasCredentials)
        {
            console.MarkupLine("[red]Set GitHub__Token (or GitHub__AppId and GitHub__PrivateKey) to read the repository.[/]");
            return 2;
        }

        var storage = CliServices.Storage(settings);
        var clock = TimeProvider.System;
        var loggers = NullLoggerFactory.Instance;
        // Mutation slots come from the same table row as the running app's, so a backfill and the
        // app together still respect GitHub's secondary limits for the installation.
        var clients = new GitHubClients(github, clock, new TableMutationSchedule(storage, clock));
        var configs = new RepositoryConfigReader(clock, new ConfigProblemIssue(loggers.CreateLogger<ConfigProblemIssue>()), loggers.CreateLogger<RepositoryConfigReader>(), github.ConfigCacheDuration);
        ITrackerProvider provider = new GitHubProvider(new GitHubSessions(github, clients, configs, loggers), configs);
        IItemStore store = new TableItemStore(storage);
        IItemLocks locks = new BlobItemLocks(storage, clock);
        if (options.DryRun)
        {
            provider = new DryRunProvider(provider, loggers);
            store = new ReadOnlyItemStore(store);
            locks = new ProcessItemLocks();
        }
        else
        {
            await storage.EnsureCreatedAsync([], ct);
        }

        var processor = new EventProcessor([provider], store, locks, clock, loggers.CreateLogger<EventProcessor>());
        var issues = new GitHubIssues(clients.For(null), options.Repository);
        var cursors = new BackfillCursors(storage);
        var key = $"{Providers.GitHub}:{options.Repository}";
        var cursor = options.Restart ? null : await cursors.GetAsync(key, ct);
        var page = cursor?.Next ?? issues.FirstPage(options.PageSize);
        var (pages, tally) = (cursor?.Pages ?? 0, cursor?.Tally ?? Tally.Zero);
        if (cursor is not null)
        {
            console.MarkupLine($"Resuming after page {pages} ({tally.Total} issues done). Use --restart to start over.");
        }

        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Backfilling {Markup.Escape(options.Repository)}", maxValue: double.MaxValue);
            task.IsIndeterminate = true;
            for (Uri? next = page; next is not null;)
            {
                var (items, following) = await issues.GetPageAsync(next, ct);
                foreach (var item in items)
                {
                    var outcome = await processor.ProcessAsync(provider, new ItemEvent(item, "backfill", "listed", null), $"backfill page {pages + 1}", ct);
                    tally = tally.Add(outcome);
                    task.Increment(1);
                }
                pages++;
                task.Description = $"Backfilling {Markup.Escape(options.Repository)}: page {pages}, {tally.Total} issues";
                if (!options.DryRun && following is not null)
                {
                    await cursors.SaveAsync(key, new BackfillCursor(following, pages, tally), ct);
                }
                next = following;
            }
            task.StopTask();
        });

        if (!options.DryRun)
        {
            await cursors.DeleteAsync(key, ct);
            // Let a running app rewrite the roadmap once from the filled index.
            await new RoadmapRefreshQueue(storage, new RoadmapSettings(), clock).MarkDirtyAsync(new ItemKey(Providers.GitHub, options.Repository, "backfill"), null, ct);
        }
        Summary(options, pages, tally);
        return 0;
    }

    private void Summary(BackfillOptions options, int pages, Tally tally)
    {
        var table = new Table().AddColumn("Backfill").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Pages read", pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Issues scored and indexed", tally.Applied.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Skipped (index already newer)", tally.Stale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Ignored", tally.Ignored.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine(options.DryRun
            ? "[yellow]Dry run: nothing was written (no labels, comments, index rows or cursor).[/]"
            : $"Done: {tally.Total} open issues of {Markup.Escape(options.Repository)} are in the board index.");
    }
}
