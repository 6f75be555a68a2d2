namespace ProductOps.Updates;

/// <summary>
/// The repositories and projects the app has seen, each with the scope (installation) that can write to it:
/// what the digest and the KPI readings run over.
/// </summary>
public interface IDigestRegistry
{
    Task RememberAsync(string provider, string container, string? scope, CancellationToken ct);

    IAsyncEnumerable<DigestState> ListAsync(CancellationToken ct);

    /// <summary>Moves the digest watermark, unless another run moved it since <paramref name="state"/> was read.</summary>
    Task<bool> TryAdvanceAsync(DigestState state, DateTimeOffset watermark, CancellationToken ct);
}
