namespace ProductOps.Outcomes;

/// <summary>KPI values over time, per repository or project and goal (a table beside the board index).</summary>
public interface IKpiHistory
{
    /// <summary>Records a value once per source (a comment id): false when that source was recorded before.</summary>
    Task<bool> RecordAsync(string provider, string container, KpiValue value, CancellationToken ct);

    /// <summary>The value a source (a comment id) recorded for a goal, or null.</summary>
    Task<KpiValue?> FindAsync(string provider, string container, string goalId, string sourceId, CancellationToken ct);

    /// <summary>Every value recorded for the repository or project, oldest first.</summary>
    Task<IReadOnlyList<KpiValue>> ListAsync(string provider, string container, CancellationToken ct);

    /// <summary>Keeps a goal's last failed automatic reading, replacing the one before.</summary>
    Task RecordFailureAsync(string provider, string container, KpiFailure failure, CancellationToken ct);

    /// <summary>Forgets a goal's failed reading after a successful one: true when there was one to forget.</summary>
    Task<bool> ClearFailureAsync(string provider, string container, string goalId, CancellationToken ct);

    /// <summary>The last failed automatic reading of each goal that has not been read successfully since.</summary>
    Task<IReadOnlyList<KpiFailure>> ListFailuresAsync(string provider, string container, CancellationToken ct);
}
