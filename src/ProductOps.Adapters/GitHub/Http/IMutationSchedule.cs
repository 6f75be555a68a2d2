namespace ProductOps.GitHub.Http;

/// <summary>Hands out the start times of mutating requests per installation, <c>interval</c> apart.</summary>
public interface IMutationSchedule
{
    /// <summary>The next free slot; it is reserved only when it is no more than <paramref name="maxWait"/> away.</summary>
    Task<(DateTimeOffset Slot, bool Reserved)> ReserveAsync(string installation, TimeSpan interval, TimeSpan maxWait, CancellationToken ct);
}
