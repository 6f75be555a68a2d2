namespace EventToLabel;

/// <summary>Nearest-rank percentiles of a set of durations, in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sortedMs, double percent) =>
        sortedMs.Count == 0 ? double.NaN : sortedMs[Math.Clamp((int)Math.Ceiling(percent / 100 * sortedMs.Count) - 1, 0, sortedMs.Count - 1)];

    public static string Row(string what, IEnumerable<double> ms)
    {
        var sorted = ms.Order().ToList();
        return $"| {what} | {sorted.Count} | {Of(sorted, 50):F0} | {Of(sorted, 90):F0} | {Of(sorted, 99):F0} | {sorted.LastOrDefault():F0} |";
    }
}
