namespace ProductOps.Configuration;

/// <summary>
/// The last version of each configuration file that loaded without errors, kept durably (one table row per
/// repository and file) so a push that breaks the file, or a restart after it, falls back to that version
/// rather than to the defaults, as docs/configuration.md promises.
/// </summary>
public interface ILastGoodConfigs
{
    /// <param name="repository"><c>owner/repo</c> (an organisation's defaults live in <c>owner/.github</c>).</param>
    Task<LastGoodConfig?> GetAsync(string repository, string path, CancellationToken ct);

    /// <summary>Remembers <paramref name="text"/> as good; a no-op when it is already the stored version.</summary>
    Task SaveAsync(string repository, string path, string text, CancellationToken ct);
}
