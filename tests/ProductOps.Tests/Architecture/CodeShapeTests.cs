using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Architecture;

/// <summary>
/// The shape docs/architecture.md promises a reader: a short walk from the webhook to the label write,
/// one public type per file of its name, files readable in one sitting, and a core that names no adapter.
/// </summary>
public sealed partial class CodeShapeTests
{
    private const int MaxWalkFiles = 6;
    private const int MaxFileLines = 200;

    private static readonly string[] SourceFolders = ["src", "functions"];

    [Fact]
    public void The_walk_from_webhook_to_label_write_is_at_most_six_files_each_named_by_one_read_before()
    {
        var walk = WalkFiles();

        Assert.InRange(walk.Count, 2, MaxWalkFiles);
        var read = new List<string>();
        foreach (var file in walk)
        {
            var path = RepositoryRoot.Combine(file);
            Assert.True(File.Exists(path), $"{file} is in the walk but does not exist");
            var type = Path.GetFileNameWithoutExtension(file);
            Assert.True(read.Count == 0 || read.Any(text => text.Contains(type, StringComparison.Ordinal)),
                $"{type} is reached without any earlier file of the walk naming it");
            read.Add(File.ReadAllText(path));
        }
    }

    [Fact]
    public void No_source_file_is_longer_than_two_hundred_lines()
    {
        var tooLong = SourceFiles()
            .Select(f => (File: Path.GetRelativePath(RepositoryRoot.Path, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.File}: {f.Lines} lines");

        Assert.Empty(tooLong);
    }

    [Fact]
    public void Every_public_type_lives_in_a_file_of_its_name()
    {
        var fileNames = SourceFiles()
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[0])
            .ToHashSet(StringComparer.Ordinal);

        var homeless = ShippedAssemblies()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Select(t => t.Name.Split('`')[0])
            .Where(name => !fileNames.Contains(name))
            .Order(StringComparer.Ordinal);

        Assert.Empty(homeless);
    }

    [Fact]
    public void The_core_references_no_tracker_or_storage_package()
    {
        var core = typeof(ProductOps.Processing.EventProcessor).Assembly;

        var outward = core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Octokit", StringComparison.Ordinal) || name.StartsWith("Azure", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Azure", StringComparison.Ordinal) || name.StartsWith("ProductOps", StringComparison.Ordinal));

        Assert.Empty(outward);
    }

    /// <summary>The source files in the walk table of docs/architecture.md, in order.</summary>
    private static IReadOnlyList<string> WalkFiles()
    {
        var markdown = File.ReadAllText(RepositoryRoot.Combine("docs", "architecture.md"));
        var section = markdown[markdown.IndexOf("## The walk", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return WalkRow().Matches(section).Select(m => m.Groups["file"].Value).ToList();
    }

    private static IEnumerable<string> SourceFiles() => SourceFolders
        .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.cs", SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<Assembly> ShippedAssemblies() =>
    [
        typeof(ProductOps.Processing.EventProcessor).Assembly,
        typeof(ProductOps.Hosting.ProductOpsServices).Assembly,
        typeof(ProductOps.Cli.ProductOpsCli).Assembly,
        typeof(ProductOps.LocalHost.LocalHostApp).Assembly,
    ];

    [GeneratedRegex(@"^\| \d+ \| `(?<file>[^`]+\.cs)` \|", RegexOptions.Multiline)]
    private static partial Regex WalkRow();
}
