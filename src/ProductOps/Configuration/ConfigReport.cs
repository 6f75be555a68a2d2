namespace ProductOps.Configuration;

/// <summary>
/// Everything the "Product Ops configuration" issue says about a repository's configuration: the errors in its
/// files, which configuration is in use instead (<paramref name="InUse"/>), and the targets it may not write.
/// </summary>
public sealed record ConfigReport(IReadOnlyList<ConfigError> Errors, IReadOnlyList<string> InUse, IReadOnlyList<string> Refused)
{
    public bool IsEmpty => Errors.Count == 0 && Refused.Count == 0;
}
