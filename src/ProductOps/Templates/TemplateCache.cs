using System.Collections.Concurrent;
using ProductOps.WorkItems;

namespace ProductOps.Templates;

/// <summary>
/// The one cache of parsed templates, defaults and overrides alike, keyed by where a text came from and its
/// SHA-256: an edited override is a new entry, an unchanged one is never parsed again. Parsing is a pure function
/// of the text, so one cache serves the whole process. Bounded: a repository editing its templates all day, or
/// thousands of repositories, evict the oldest entries rather than grow it forever.
/// </summary>
public static class TemplateCache
{
    public const int Capacity = 500;
    private static readonly ConcurrentDictionary<string, TemplateParseResult> Parsed = new();
    private static readonly ConcurrentQueue<string> Order = new();

    public static int Count => Parsed.Count;

    /// <param name="name">Where the text came from: the path shown in its errors.</param>
    public static TemplateParseResult Parse(string name, string text)
    {
        var key = name + "\n" + Hashing.Sha256Hex(text);
        if (Parsed.TryGetValue(key, out var known))
        {
            return known;
        }
        var result = SandboxedTemplate.Parse(text, name);
        if (Parsed.TryAdd(key, result))
        {
            Order.Enqueue(key);
            while (Parsed.Count > Capacity && Order.TryDequeue(out var oldest))
            {
                Parsed.TryRemove(oldest, out _);
            }
        }
        return result;
    }
}
