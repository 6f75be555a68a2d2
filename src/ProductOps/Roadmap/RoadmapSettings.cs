namespace ProductOps.Roadmap;

/// <summary>The <c>Roadmap:*</c> settings.</summary>
public sealed class RoadmapSettings
{
    public const string Section = "Roadmap";

    /// <summary>How long a refresh waits after the first change, so a burst of events yields one rewrite.</summary>
    public TimeSpan DebounceWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A pending mark older than the window plus this is treated as lost (its message died) and replaced.</summary>
    public TimeSpan PendingGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a repository's own roadmap template may render before the default is used instead (as <c>Updates:RenderTimeout</c>).</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Jira projects a repository's roadmap may write (<c>jira-issue</c>): owner, then repository, then a
    /// comma-separated list of project keys, e.g. <c>Roadmap__AllowedJiraProjects__octo-org__app</c> = <c>HR,OPS</c>.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> AllowedJiraProjects { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A <c>$web</c> folder per owner (installation) that its repositories' pages may use besides <c>&lt;owner&gt;/&lt;repo&gt;/</c>.</summary>
    public Dictionary<string, string> PagePrefixes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="AllowedJiraProjects"/> as one value, <c>owner/repo=HR,OPS; owner/other=OPS</c>: Azure on Linux refuses
    /// app setting names with <c>-</c>, which most owner and repository names have. Both forms add up.
    /// </summary>
    public string? AllowedJiraProjectsList { get; set; }

    /// <summary><see cref="PagePrefixes"/> as one value, <c>owner=folder/; other-owner=folder/</c>, for the same reason.</summary>
    public string? PagePrefixesList { get; set; }
}
