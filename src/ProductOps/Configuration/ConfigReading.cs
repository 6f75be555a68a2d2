namespace ProductOps.Configuration;

/// <summary>
/// A repository's or project's configuration as read: what to use, and what is wrong with it. Reading
/// writes nothing; reporting the problems is a write the processor plans (<c>ConfigReportPlanner</c>).
/// </summary>
/// <param name="Config">The configuration to use: the files as read, their last good versions, or the defaults.</param>
/// <param name="Report">The errors, what is used instead and the targets refused; empty when there is nothing to say.</param>
/// <param name="Files">A fingerprint of the files read ("" when there are none): a report is closed when they change.</param>
public sealed record ConfigReading(ProductOpsConfig Config, ConfigReport Report, string Files)
{
    /// <summary>A configuration with nothing to report and no files behind it (the defaults, a Jira project's settings).</summary>
    public static ConfigReading Of(ProductOpsConfig config) => new(config, ConfigReport.Empty, "");
}
