using System.Collections.Concurrent;

namespace ProductOps.GitHub.Http;

/// <summary>
/// Serialises mutating requests per installation and spaces them out, as GitHub asks to stay
/// under its secondary rate limits (about 80 content-creating requests a minute). Within one
/// process a lane per installation keeps them serial; the <see cref="IMutationSchedule"/> hands out
/// the time slots, shared by every instance when it is backed by storage.
/// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits
/// </summary>
/// <param name="maxHold">Longest wait for a slot worth holding a worker for; a later slot defers the event instead.</param>
public sealed class MutationPacer(TimeProvider clock, TimeSpan interval, TimeSpan maxHold, IMutationSchedule schedule)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> lanes = new();

    public async Task<IDisposable> WaitTurnAsync(string installation, CancellationToken ct)
    {
        var lane = lanes.GetOrAdd(installation, _ => new SemaphoreSlim(1, 1));
        await lane.WaitAsync(ct);
        try
        {
            var (slot, reserved) = await schedule.ReserveAsync(installation, interval, maxHold, ct);
            var wait = slot - clock.GetUtcNow();
            if (!reserved)
            {
                // A burst has booked the installation's slots far ahead: put the event back on the
                // queue until about then rather than hold a worker (or time out) waiting.
                throw new Events.RetryLaterException(wait, $"GitHub pacing: the next free write slot is in {wait.TotalSeconds:0} s");
            }
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
    /// <summary>The next free slot; it is reserved only when it is no more than <paramref name="maxWait"/> away.</summary>
    Task<(DateTimeOffset Slot, bool Reserved)> ReserveAsync(string installation, TimeSpan interval, TimeSpan maxWait, CancellationToken ct);
}

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

/// <summary>Applies the <see cref="MutationPacer"/> to every non-GET request of one client (GraphQL queries excepted).</summary>
public sealed class MutationPacingHandler(MutationPacer pacer, string installation) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || GitHubRequestKinds.IsReadOnlyPost(request))
        {
            return await base.SendAsync(request, ct);
        }
        using var turn = await pacer.WaitTurnAsync(installation, ct);
        return await base.SendAsync(request, ct);
    }
}
