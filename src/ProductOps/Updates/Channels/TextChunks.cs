namespace ProductOps.Updates.Channels;

/// <summary>Splitting rendered text for channels that cap a block's length.</summary>
public static class TextChunks
{
    /// <summary>Pieces of at most <paramref name="max"/> characters, cut at line ends where possible.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            }
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart('\n');
        }
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>The first non-empty line without heading marks: a notification's summary.</summary>
    public static string FirstLine(string text, int max)
    {
        var line = text.Split('\n').Select(l => l.Trim().TrimStart('#').Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length > max ? line[..(max - 1)] + "…" : line;
    }
}
