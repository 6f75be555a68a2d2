namespace ProductOps.Configuration;

/// <summary>"Did you mean": the known key within a small edit distance of an unknown one, after mapping snake_case to kebab-case.</summary>
internal static class KeySuggestion
{
    /// <summary>The known key closest to a misspelt one ("stale_after_days" -> "stale-after-days"), if any is close.</summary>
    public static string? Closest(string key, IReadOnlyList<string> known)
    {
        var normalized = key.ToLowerInvariant().Replace('_', '-');
        return known
            .Select(k => (Key: k, Distance: Distance(normalized, k)))
            .Where(k => k.Distance <= Math.Max(1, k.Key.Length / 4))
            .OrderBy(k => k.Distance)
            .Select(k => k.Key)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64)
        {
            return int.MaxValue;
        }

        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
