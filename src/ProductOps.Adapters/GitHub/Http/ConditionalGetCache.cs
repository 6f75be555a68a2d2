using System.Collections.Concurrent;

namespace ProductOps.GitHub.Http;

/// <summary>A bounded, process-wide store of the responses behind conditional GETs.</summary>
public sealed class ConditionalGetCache(int capacity = 2000)
{
    private const int MaxBodyBytes = 1024 * 1024;
    private readonly ConcurrentDictionary<string, CachedResponse> entries = new();

    internal CachedResponse? Get(string key) => entries.GetValueOrDefault(key);

    internal void Set(string key, CachedResponse entry)
    {
        if (entry.Body.Length > MaxBodyBytes)
        {
            return;
        }
        if (entries.Count >= capacity)
        {
            // Crude but bounded: an evicted entry only costs one full (non-304) request later.
            entries.Clear();
        }
        entries[key] = entry;
    }
}
