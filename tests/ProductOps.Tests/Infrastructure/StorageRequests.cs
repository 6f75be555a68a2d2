namespace ProductOps.Tests.Infrastructure;

/// <summary>Differences between two <see cref="ProductOps.Storage.StorageRequestCounter"/> snapshots.</summary>
public static class StorageRequests
{
    /// <summary>Every request sent between the two snapshots, by "service METHOD resource".</summary>
    public static Dictionary<string, long> Between(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Select(kv => (kv.Key, Count: kv.Value - before.GetValueOrDefault(kv.Key)))
            .Where(kv => kv.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Count);

    /// <summary>
    /// What processing sent: without the ingress's queue puts and without queue reads (the tests'
    /// own polls; processing never reads a queue, the host receives and deletes messages with its own clients).
    /// </summary>
    public static Dictionary<string, long> ByProcessing(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        Between(before, after)
            .Where(kv => kv.Key != "queue POST tracker-events" && !kv.Key.StartsWith("queue GET ", StringComparison.Ordinal))
            .ToDictionary();

    public static string Describe(IReadOnlyDictionary<string, long> requests) =>
        requests.Count == 0 ? "none" : string.Join(", ", requests.Select(kv => $"{kv.Key} x{kv.Value}"));
}
