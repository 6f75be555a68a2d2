using ProductOps.Configuration;

namespace ProductOps.Tests.Configuration;

public sealed class ConfigErrorTests
{
    [Theory]
    [InlineData("unknown-top-level-key.yml", 3, 1, "Unknown key `notifications` at the top level", "`scoring`")]
    [InlineData("misspelt-key.yml", 2, 3, "Unknown key `stale_after_days` in `scoring`", "`stale-after-days` (keys are lowercase-kebab-case)")]
    [InlineData("wrong-type.yml", 3, 5, "`scoring.needs-scoring-label` is a list", "text of 1 to 50 characters")]
    [InlineData("negative-stale-age.yml", 3, 21, "`scoring.stale-after-days` is `-5`, which is negative", "a whole number of days from 0")]
    [InlineData("unknown-model.yml", 2, 10, "`scoring.model` is `moscow`, which is not a known value", "one of `rice`, `wsjf`, `ice`, `value-effort`")]
    [InlineData("buckets-not-ordered.yml", 5, 38, "`scoring.rice.buckets[1].min` is 300, not below the bucket before it (100)", "strictly decreasing order")]
    [InlineData("bucket-without-label.yml", 6, 9, "`scoring.rice.buckets[1]` has no `label`", "a `label` and a `min` score")]
    [InlineData("duplicate-bucket-label.yml", 5, 18, "repeats the label `Priority:P1`", "a different label for each bucket")]
    [InlineData("zero-t-shirt-size.yml", 3, 9, "`scoring.t-shirt-sizes.XS` is `0`, which is out of range", "person-months from 0.01 to 1000")]
    [InlineData("huge-number.yml", 2, 21, "`scoring.stale-after-days` is `1e400`, a number too large to use", "a whole number of days")]
    [InlineData("not-a-number.yml", 4, 38, "`scoring.rice.buckets[0].min` is `lots`, which is not a number", "a score from 0 to 1e15")]
    [InlineData("duplicate-key.yml", 3, 3, "The key `model` appears twice", "each key once")]
    [InlineData("same-label-prefix.yml", 4, 30, "is the same as the prefix of `impact`", "a label prefix that no other input of this model uses")]
    [InlineData("unknown-input.yml", 4, 7, "Unknown key `ease` in `scoring.rice.inputs`", "one of `reach`, `impact`, `confidence`, `effort`")]
    [InlineData("reserved-section-with-key.yml", 2, 3, "Unknown key `path` in `updates`", "one of `announce`, `announce-to`, `digest-to`, `digest-top`")]
    [InlineData("bad-ice-mode.yml", 4, 11, "`scoring.ice.mode` is `median`", "one of `product`, `mean`")]
    [InlineData("top-level-list.yml", 1, 1, "The file is a list, not a map of sections", "a map with sections such as `scoring:`")]
    public void Each_invalid_fixture_reports_file_line_column_problem_and_expectation(
        string file, int line, int column, string message, string expected)
    {
        var result = ConfigFixtures.Load(file);

        Assert.False(result.IsValid);
        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_syntax_is_reported_where_the_parser_stopped()
    {
        var error = Assert.Single(ConfigFixtures.Load("syntax-error.yml").Errors);

        Assert.Equal(("syntax-error.yml", 3), (error.Path, error.Line));
        Assert.StartsWith("The file is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_every_layer_are_all_reported()
    {
        var result = ConfigFixtures.Load("unknown-model.yml", "negative-stale-age.yml");

        Assert.Null(result.Config);
        Assert.Equal(["unknown-model.yml", "negative-stale-age.yml"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Several_errors_in_one_file_are_all_reported()
    {
        var result = ConfigLoader.Load([new ConfigSource("x.yml", "scoring:\n  model: nope\n  stale-after-days: -1\n  colour: red\n")]);

        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Line));
    }
}
