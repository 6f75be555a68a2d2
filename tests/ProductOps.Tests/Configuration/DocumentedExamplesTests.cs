using System.Text.RegularExpressions;
using ProductOps.Configuration;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Configuration;

/// <summary>
/// Every configuration example in README.md and docs/*.md loads with the real loader: a ```yaml block whose
/// top-level keys are sections of <c>.github/product-ops.yml</c>, or one whose first line is the comment
/// <c># .github/product-ops.yml</c>. A reader who copies an example never gets a configuration issue.
/// </summary>
public sealed partial class DocumentedExamplesTests
{
    // Every top-level section ConfigLoader reads: an example of goals or outcomes alone is a configuration too.
    private static readonly string[] Sections = ["scoring", "roadmap", "gates", "updates", "goals", "outcomes"];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in AllExamples())
        {
            data.Add(file, line);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_documented_configuration_example_loads_without_errors(string file, int line)
    {
        var text = AllExamples().Single(e => e.File == file && e.Line == line).Text;

        var result = ConfigLoader.Load(new ConfigSource($"{file}:{line}", text));

        Assert.True(result.Config is not null, ConfigLoader.FormatErrors(result.Errors));
    }

    [Fact]
    public void The_documentation_has_configuration_examples_for_every_section()
    {
        var examples = AllExamples().ToList();

        Assert.All(Sections, s => Assert.Contains(examples, e => Regex.IsMatch(e.Text, $"^{s}:", RegexOptions.Multiline)));
        Assert.Contains(examples, e => e.File == "README.md" && e.Text.Contains("announce-to", StringComparison.Ordinal));
    }

    private static IEnumerable<(string File, int Line, string Text)> AllExamples()
    {
        var files = new[] { "README.md" }.Concat(Directory.GetFiles(RepositoryRoot.Combine("docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var markdown = File.ReadAllText(RepositoryRoot.Combine(file)).Replace("\r\n", "\n");
            foreach (Match block in YamlBlock().Matches(markdown))
            {
                var text = block.Groups["body"].Value;
                if (IsProductOpsConfig(text))
                {
                    yield return (file, markdown[..block.Index].Count(c => c == '\n') + 2, text);
                }
            }
        }
    }

    private static bool IsProductOpsConfig(string yaml)
    {
        var lines = yaml.Split('\n');
        if (lines[0].Trim().Equals("# .github/product-ops.yml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var topKeys = lines.Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#')).Select(l => l.Split(':')[0].Trim()).ToList();
        return topKeys.Count > 0 && topKeys.Any(k => Sections.Contains(k));
    }

    [GeneratedRegex(@"^```ya?ml[^\n]*\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();
}
