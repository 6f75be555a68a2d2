using System.Text;
using ProductOps.Configuration;

namespace ProductOps.Tests.Configuration;

public sealed class HostileYamlTests
{
    [Theory]
    [InlineData("alias-bomb.yml", 2, 8, "Aliases (`*name`) are not allowed")]
    [InlineData("merge-key.yml", 4, 7, "Aliases (`*name`) are not allowed")]
    [InlineData("two-documents.yml", 3, 1, "more than one YAML document")]
    [InlineData("tagged-value.yml", 2, 10, "Tags (`!name`) are not allowed")]
    public void Hostile_fixture_is_refused_at_the_offending_node(string file, int line, int column, string message)
    {
        var result = ConfigFixtures.Load(file);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Config);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_64_KB_is_refused_before_parsing()
    {
        var text = "scoring:\n  model: rice\n" + string.Concat(Enumerable.Repeat("# padding padding padding\n", 3000));

        var error = Assert.Single(ConfigLoader.Load([new ConfigSource("big.yml", text)]).Errors);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("larger than 64 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_exactly_64_KB_is_still_read()
    {
        var head = "scoring:\n  model: wsjf\n";
        var text = head + "#" + new string('x', 64 * 1024 - head.Length - 2) + "\n";

        Assert.Equal(64 * 1024, Encoding.UTF8.GetByteCount(text));
        Assert.True(ConfigLoader.Load([new ConfigSource("edge.yml", text)]).IsValid);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Deep_nesting_is_refused_without_a_stack_overflow(string open, string close)
    {
        var text = "scoring: " + string.Concat(Enumerable.Repeat(open, 5000)) + string.Concat(Enumerable.Repeat(close, 5000));

        var error = Assert.Single(ConfigLoader.Load([new ConfigSource("deep.yml", text)]).Errors);

        Assert.Contains("nests deeper than 16 levels", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scoring:\n  stale-after-days: 99999999999999999999999999999999999999\n", "out of range")]
    [InlineData("scoring:\n  t-shirt-sizes:\n    XL: .inf\n", "not a number")]
    [InlineData("scoring:\n  rice:\n    buckets:\n      - { label: a, min: -1e400 }\n", "too large")]
    public void Huge_or_infinite_numbers_are_validation_errors(string yaml, string message)
    {
        var error = Assert.Single(ConfigLoader.Load([new ConfigSource("n.yml", yaml)]).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_without_an_alias_is_harmless_and_accepted()
    {
        var result = ConfigLoader.Load([new ConfigSource("a.yml", "scoring: &s\n  model: ice\n")]);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Mentions_in_keys_are_neutralised_in_the_error_text()
    {
        var error = Assert.Single(ConfigLoader.Load([new ConfigSource("m.yml", "\"@octo/admins`\": 1\n")]).Errors);

        Assert.DoesNotContain("@octo", error.Message, StringComparison.Ordinal);
        Assert.Contains("`@\u200Bocto/admins'`", error.Message, StringComparison.Ordinal);
    }
}
