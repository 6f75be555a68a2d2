using ProductOps.Configuration;

namespace ProductOps.Processing;

/// <summary>
/// Whether a configuration reading calls for a report, as a pure function of the reading and what this
/// instance last reported for the container (<see cref="ConfigReports"/>): a report once, again only when it
/// says something else, and a close once nothing is left. The tracker compares the report with what its issue
/// shows before an edit, so a report another instance already made is not written twice.
/// </summary>
public static class ConfigReportPlanner
{
    /// <param name="known">What was last reported for the container here; null when nothing was (since a restart).</param>
    public static ConfigReportWrite? Plan(string container, ConfigReading reading, ConfigReportWrite? known)
    {
        var write = new ConfigReportWrite(container, reading.Report, reading.Files);
        if (!reading.Report.IsEmpty)
        {
            return known is not null && known.Report.SameAs(reading.Report) ? null : write;
        }
        if (known is null)
        {
            // Files seen for the first time since a restart: a report left open before it may be fixed now.
            return reading.Files.Length > 0 ? write : null;
        }
        // A report to close, or files that changed since (a closed report costs one look, as a fixed file did before).
        return !known.Report.IsEmpty || known.Files != reading.Files ? write : null;
    }
}
