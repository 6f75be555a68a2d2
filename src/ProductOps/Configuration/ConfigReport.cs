namespace ProductOps.Configuration;

/// <summary>
/// Everything the "Product Ops configuration" issue says about a repository's configuration: the errors in its
/// files, which configuration is in use instead (<paramref name="InUse"/>), and the targets it may not write.
/// </summary>
public sealed record ConfigReport(IReadOnlyList<ConfigError> Errors, IReadOnlyList<string> InUse, IReadOnlyList<string> Refused)
{
    public static ConfigReport Empty { get; } = new([], [], []);

    /// <summary>Problems with what the configuration names outside its files: the roadmap's project that cannot be read.</summary>
    public IReadOnlyList<string> ProjectProblems { get; init; } = [];

    public bool IsEmpty => Errors.Count == 0 && Refused.Count == 0 && ProjectProblems.Count == 0;

    /// <summary>Whether the two say the same (record equality compares the lists by reference).</summary>
    public bool SameAs(ConfigReport other) =>
        Errors.SequenceEqual(other.Errors) && InUse.SequenceEqual(other.InUse) && Refused.SequenceEqual(other.Refused) &&
        ProjectProblems.SequenceEqual(other.ProjectProblems);
}
