using System.Text.RegularExpressions;

namespace ProductOps.GitHub;

/// <summary>
/// The hidden first line of every comment Product Ops writes on GitHub:
/// <c>&lt;!-- product-ops:score hash=0123abcd --&gt;</c>. It finds the comment again and tells
/// whether its content is current without comparing text.
/// </summary>
public static partial class CommentMarker
{
    // GitHub rejects bodies over 65,536 characters.
    public const int MaxBodyLength = 65_536;

    public static string Compose(string marker, string hash, string markdown)
    {
        var head = $"<!-- product-ops:{marker} hash={hash} -->\n";
        var room = MaxBodyLength - head.Length;
        return head + (markdown.Length <= room ? markdown : markdown[..(room - 40)] + "\n\n…(truncated: GitHub's size limit)");
    }

    /// <summary>The hash in the body's marker line, when the body carries this marker.</summary>
    public static bool TryRead(string? body, string marker, out string? hash)
    {
        hash = null;
        if (body is null)
        {
            return false;
        }
        var match = MarkerLine().Match(body);
        if (!match.Success || match.Groups["marker"].Value != marker)
        {
            return false;
        }
        hash = match.Groups["hash"].Value;
        return true;
    }

    /// <summary>Whether the body starts with any Product Ops marker (score, gate, roadmap, config, ...).</summary>
    public static bool HasAnyMarker(string? body) => body is not null && MarkerLine().IsMatch(body);

    [GeneratedRegex(@"\A<!-- product-ops:(?<marker>[a-z0-9-]+) hash=(?<hash>[0-9a-f]*) -->")]
    private static partial Regex MarkerLine();
}
