using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Templates;

/// <summary>A golden file is never rewritten by a test run: a difference is written beside it and the test fails.</summary>
public sealed class GoldenFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("golden-").FullName;

    [Fact]
    public void A_difference_writes_a_received_file_beside_the_golden_and_fails_leaving_the_golden_alone()
    {
        var golden = Write("expected.md", "# Roadmap\nNow: 2\n");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Golden.AssertMatches(golden, golden, "# Roadmap\nNow: 3\n"));

        Assert.Equal("# Roadmap\nNow: 2\n", File.ReadAllText(golden));
        Assert.Equal("# Roadmap\nNow: 3\n", File.ReadAllText(Path.Combine(folder, "expected.received.md")));
        Assert.Contains("line 2: expected «Now: 2», got «Now: 3»", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"cp {Path.Combine(folder, "expected.received.md")} {golden}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_golden_fails_and_leaves_the_output_to_review()
    {
        var golden = Path.Combine(folder, "digest.slack.expected");

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Golden.AssertMatches(golden, golden, "text"));

        Assert.False(File.Exists(golden));
        Assert.Equal("text", File.ReadAllText(Path.Combine(folder, "digest.slack.received.expected")));
    }

    [Fact]
    public void A_match_removes_a_stale_received_file()
    {
        var golden = Write("case.json", "{ }\n");
        Write("case.received.json", "old");

        Golden.AssertMatches(golden, golden, "{ }\r\n");

        Assert.False(File.Exists(Path.Combine(folder, "case.received.json")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
