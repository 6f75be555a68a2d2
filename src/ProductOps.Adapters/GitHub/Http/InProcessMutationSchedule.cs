using System.Collections.Concurrent;

namespace ProductOps.GitHub.Http;

/// <summary>Slots for this process only (the command-line tool, or a single instance).</summary>
public sealed class InProcessMutationSchedule(TimeProvider clock) : IMutationSchedule
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> next = new();
    private readonly Lock gate = new();

    public Task<(DateTimeOffset Slot, bool Reserved)> ReserveAsync(string installation, TimeSpan interval, TimeSpan maxWait, CancellationToken ct)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var slot = next.TryGetValue(installation, out var free) && free > now ? free : now;
            if (slot - now > maxWait)
            {
                return Task.FromResult((slot, false));
            }
            next[installation] = slot + interval;
            return Task.FromResult((slot, true));
        }
    }
}
