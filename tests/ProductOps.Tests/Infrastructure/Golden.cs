namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Golden files under Fixtures/. A mismatch (or a missing golden) writes what the code produced as
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> next to the golden in the source tree and fails; a golden is never
/// rewritten by a test run. To accept a reviewed change, copy the .received file over the golden
/// (<c>cp expected.received.md expected.md</c>). A match removes a stale .received file.
/// </summary>
internal static class Golden
{
    /// <param name="fixture">The golden's path under Fixtures/ (<c>roadmap/board/expected.md</c>).</param>
    /// <param name="normalize">Applied to both sides before comparing (line endings are always normalised).</param>
    public static void AssertMatches(string fixture, string actual, Func<string, string>? normalize = null) =>
        AssertMatches(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), RepositoryRoot.Combine("tests", "ProductOps.Tests", "Fixtures", fixture), actual, normalize);

    /// <param name="golden">The copy the test reads (the build output's).</param>
    /// <param name="source">The golden in the source tree, beside which the .received file is written.</param>
    public static void AssertMatches(string golden, string source, string actual, Func<string, string>? normalize = null)
    {
        string Normal(string text) => (normalize ?? (t => t))(text.Replace("\r\n", "\n"));
        var received = ReceivedPath(source);
        var expected = File.Exists(golden) ? Normal(File.ReadAllText(golden)) : null;
        if (expected == Normal(actual))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var accept = $"Review it and accept with: cp {received} {source}";
        Assert.Fail(expected is null
            ? $"There is no golden file {source}; wrote {received}. {accept}"
            : $"{source} differs from the output ({FirstDifference(expected, Normal(actual))}); wrote {received}. {accept}");
    }

    /// <summary><c>expected.md</c> gives <c>expected.received.md</c>, <c>digest.slack.expected</c> gives <c>digest.slack.received.expected</c>.</summary>
    public static string ReceivedPath(string golden)
    {
        var directory = Path.GetDirectoryName(golden)!;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(golden)}.received{Path.GetExtension(golden)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var want = i < left.Length ? left[i] : "(end of file)";
            var got = i < right.Length ? right[i] : "(end of file)";
            if (want != got)
            {
                return $"line {i + 1}: expected «{Cut(want)}», got «{Cut(got)}»";
            }
        }
        return "the same lines";
    }

    private static string Cut(string line) => line.Length <= 120 ? line : line[..120] + "…";
}
