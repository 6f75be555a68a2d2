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
