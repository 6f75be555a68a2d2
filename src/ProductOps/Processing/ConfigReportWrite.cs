using ProductOps.Configuration;

namespace ProductOps.Processing;

/// <summary>
/// Brings the container's configuration report to this one (GitHub: the "Product Ops configuration"
/// issue, created, edited or, for an empty report, closed). <paramref name="Files"/> is the fingerprint of
/// the files it was made from, remembered with it once written (<see cref="ConfigReports"/>).
/// </summary>
public sealed record ConfigReportWrite(string Container, ConfigReport Report, string Files) : PlannedWrite
{
    public override string ToString() => Report.IsEmpty
        ? $"close the configuration report of {Container} (nothing left to report)"
        : $"report the configuration of {Container}: {Report.Errors.Count} error(s), {Report.Refused.Count} refused target(s)" +
          string.Concat(Report.Errors.Select(e => $"\n{e.Path}:{e.Line}:{e.Column}: {e.Message}")) +
          string.Concat(Report.InUse.Select(u => $"\nusing {u}")) +
          string.Concat(Report.Refused.Select(r => $"\nrefused: {r}"));
}
