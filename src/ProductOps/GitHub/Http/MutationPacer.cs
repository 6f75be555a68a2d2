using System.Collections.Concurrent;

namespace ProductOps.GitHub.Http;

/// <summary>
/// Serialises mutating requests per installation and spaces them out, as GitHub asks to stay
/// under its secondary rate limits (about 80 content-creating requests a minute).
/// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits
/// </summary>
public sealed class MutationPacer(TimeProvider clock, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, Lane> lanes = new();

    public async Task<IDisposable> WaitTurnAsync(string installation, CancellationToken ct)
    {
        var lane = lanes.GetOrAdd(installation, _ => new Lane());
        await lane.Gate.WaitAsync(ct);
        var wait = lane.LastStart + interval - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, clock, ct);
            }
            catch
            {
                lane.Gate.Release();
                throw;
            }
        }
        lane.LastStart = clock.GetUtcNow();
        return new Turn(lane);
    }

    private sealed class Lane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset LastStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(Lane lane) : IDisposable
    {
        public void Dispose() => lane.Gate.Release();
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
