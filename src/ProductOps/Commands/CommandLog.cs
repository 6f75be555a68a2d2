using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// The once-only log in the board-index row (<see cref="ItemRecord.CommandLog"/>): <c>done:&lt;comment&gt;:&lt;hash&gt;</c>
/// for each command line that ran, so a redelivered comment runs nothing and an edited one runs only the
/// lines it added or changed; <c>told:&lt;person&gt;</c> for people told they cannot run commands.
/// </summary>
internal static class CommandLog
{
    private const int MaxEntries = 200;

    public static string Done(string commentId, CommandLine line) =>
        $"done:{commentId}:{Hashing.Sha256Hex($"{line.Name} {line.Arguments}")[..12]}";

    /// <summary>True when the line ran before; <c>done:&lt;comment&gt;</c> alone is how earlier versions marked a whole comment.</summary>
    public static bool Ran(ItemRecord record, string commentId, CommandLine line) =>
        record.CommandLog.Contains($"done:{commentId}") || record.CommandLog.Contains(Done(commentId, line));

    /// <summary>
    /// Forgets the lines of this comment that its latest version no longer has, so a command edited away and
    /// back again (<c>M</c>, then <c>L</c>, then <c>M</c>) runs again: the log holds the lines of the latest version that ran.
    /// </summary>
    public static ItemRecord Forget(ItemRecord record, string commentId, IReadOnlyList<CommandLine> current)
    {
        var prefix = $"done:{commentId}:";
        var keep = current.Select(l => Done(commentId, l)).ToHashSet(StringComparer.Ordinal);
        return record with { CommandLog = [.. record.CommandLog.Where(e => !e.StartsWith(prefix, StringComparison.Ordinal) || keep.Contains(e))] };
    }

    public static ItemRecord Add(ItemRecord record, string entry) =>
        record with { CommandLog = [.. record.CommandLog.Where(e => e != entry).TakeLast(MaxEntries - 1), entry] };
}
