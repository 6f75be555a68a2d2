namespace ProductOps.Updates;

/// <summary>The repositories and projects a digest runs over, each with the scope (installation) that can write to it.</summary>
public interface IDigestRegistry
{
    Task RememberAsync(string provider, string container, string? scope, CancellationToken ct);
}
