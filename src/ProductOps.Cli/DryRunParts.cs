using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Cli;

/// <summary>A dry run's index: reads the real rows (so stale items are still recognised), never writes one.</summary>
internal sealed class ReadOnlyItemStore(IItemStore inner) : IItemStore
{
    public async Task<ItemRecord?> GetAsync(ItemKey key, CancellationToken ct)
    {
        try
        {
            return await inner.GetAsync(key, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null; // no index yet
        }
    }

    public Task<ItemRecord?> TrySaveAsync(ItemRecord record, CancellationToken ct) => Task.FromResult<ItemRecord?>(record);
}

/// <summary>A dry run's locks: in-process only, so not even a lock blob is written.</summary>
internal sealed class ProcessItemLocks : IItemLocks
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IAsyncDisposable> AcquireAsync(ItemKey key, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Reads like the real provider; every session is a <see cref="DryRunSession"/>, which logs writes instead
/// of making them. <paramref name="wrap"/> may put it under a session that knows the configuration (Jira's).
/// </summary>
internal sealed class DryRunProvider(ITrackerProvider inner, ILoggerFactory loggers, Func<DryRunSession, ITrackerSession>? wrap = null) : ITrackerProvider
{
    public string Name => inner.Name;

    public Task<EventReading> ReadAsync(TrackerEvent ev, CancellationToken ct) => inner.ReadAsync(ev, ct);

    public ITrackerSession Open(ItemEvent ev) => Session();

    public ITrackerSession OpenContainer(string container, string? scope) => Session();

    /// <summary>The real configuration and its report, so what the dry run logs is what would be written (the report too).</summary>
    public Task<ConfigReading> ReadConfigAsync(string container, string? scope, CancellationToken ct) => inner.ReadConfigAsync(container, scope, ct);

    private ITrackerSession Session()
    {
        var session = new DryRunSession("--dry-run", loggers.CreateLogger<DryRunSession>());
        return wrap is null ? session : wrap(session);
    }
}
