namespace ProductOps.Storage;

/// <summary>Every queue, table and container the app uses, in one place.</summary>
public static class StorageNames
{
    public const string EventsQueue = "tracker-events";
    public const string UpdatesQueue = "updates";
    public const string UpdatesTable = "updates";
    public const string DigestsTable = "digests";
    public const string ItemsTable = "workitems";
    public const string PacingTable = "pacing";
    public const string PayloadsContainer = "event-payloads";
    public const string LocksContainer = "locks";
    public const string RoadmapVersionsContainer = "roadmap-versions";
    public const string RoadmapQueue = "roadmap-refresh";

    /// <summary>Every queue a function is triggered by: created at start, and what "idle" means in tests.</summary>
    public static readonly IReadOnlyList<string> AppQueues = [EventsQueue, RoadmapQueue, UpdatesQueue];
    public const string RoadmapsTable = "roadmaps";
    public const string ConfigsTable = "configs";
    public const string KpiTable = "kpivalues";
    public const string KpiFailuresTable = "kpifailures";
    public const string WebContainer = "$web";

    public static string PoisonQueue(string queue) => queue + "-poison";

    /// <summary>Table keys may not contain '/', '\', '#' or '?'; GitHub owner/repo names never contain '~'.</summary>
    public static string TableKey(string value) =>
        value.Replace('/', '~').Replace('\\', '~').Replace('#', '~').Replace('?', '~');
}
