using System.Collections.Concurrent;

namespace ProductOps.GitHub.Http;

/// <summary>
/// Serialises mutating requests per installation and spaces them out, as GitHub asks to stay
/// under its secondary rate limits (about 80 content-creating requests a minute). Within one
/// process a lane per installation keeps them serial; the <see cref="IMutationSchedule"/> hands out
/// the time slots, shared by every instance when it is backed by storage.
/// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits
/// </summary>
public sealed class MutationPacer(TimeProvider clock, TimeSpan interval, IMutationSchedule schedule)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> lanes = new();

    public async Task<IDisposable> WaitTurnAsync(string installation, CancellationToken ct)
    {
        var lane = lanes.GetOrAdd(installation, _ => new SemaphoreSlim(1, 1));
        await lane.WaitAsync(ct);
        try
        {
            var slot = await schedule.ReserveAsync(installation, interval, ct);
            var wait = slot - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }
            return new Turn(lane);
        }
        catch
        {
            lane.Release();
            throw;
        }
    }

    private sealed class Turn(SemaphoreSlim lane) : IDisposable
    {
        public void Dispose() => lane.Release();
    }
}

/// <summary>Hands out the start times of mutating requests per installation, <c>interval</c> apart.</summary>
public interface IMutationSchedule
{
    Task<DateTimeOffset> ReserveAsync(string installation, TimeSpan interval, CancellationToken ct);
}

/// <summary>Slots for this process only (the command-line tool, or a single instance).</summary>
public sealed class InProcessMutationSchedule(TimeProvider clock) : IMutationSchedule
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> next = new();
    private readonly Lock gate = new();

    public Task<DateTimeOffset> ReserveAsync(string installation, TimeSpan interval, CancellationToken ct)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var slot = next.TryGetValue(installation, out var free) && free > now ? free : now;
            next[installation] = slot + interval;
            return Task.FromResult(slot);
        }
    }
}

/// <summary>Applies the <see cref="MutationPacer"/> to every non-GET request of one client.</summary>
public sealed class MutationPacingHandler(MutationPacer pacer, string installation) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head)
        {
            return await base.SendAsync(request, ct);
        }
        using var turn = await pacer.WaitTurnAsync(installation, ct);
        return await base.SendAsync(request, ct);
    }
}
