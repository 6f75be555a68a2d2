using ProductOps.Configuration;

namespace ProductOps.WorkItems;

/// <summary>
/// A tracker that tells a repository's team what is wrong with its configuration (GitHub: the
/// "Product Ops configuration" issue). A tracker without it (Jira, whose configuration is the app's
/// settings and is logged once when loaded) reports nothing.
/// </summary>
public interface IConfigReportTracker
{
    /// <summary>Shows the report where the team sees it, editing it only when it says something new; an empty report closes it.</summary>
    Task ReportConfigAsync(string container, ConfigReport report, CancellationToken ct);
}
