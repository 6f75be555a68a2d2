using ProductOps.Configuration;

namespace ProductOps.Tests.Configuration;

public sealed class FormatErrorsTests
{
    [Fact]
    public void Errors_render_as_a_markdown_table_sorted_by_file_and_position()
    {
        var errors = ConfigLoader.Load(
        [
            new ConfigSource("octo/app:.github/product-ops.yml", "scoring:\n  model: moscow\n  stale-after-days: -5\n"),
            new ConfigSource("octo/.github:.github/product-ops.yml", "updates:\n  beta: []\n"),
        ]).Errors;

        const string expected = """
            Product Ops could not use its configuration: 3 errors. It keeps using the last good configuration (or the defaults) until the file is fixed.

            | File | Line | Column | Problem | Expected |
            | --- | --- | --- | --- | --- |
            | `octo/.github:.github/product-ops.yml` | 2 | 3 | Unknown key `beta` in `updates`. | one of `announce`, `announce-to`, `digest-to`, `digest-top` |
            | `octo/app:.github/product-ops.yml` | 2 | 10 | `scoring.model` is `moscow`, which is not a known value. | one of `rice`, `wsjf`, `ice`, `value-effort` |
            | `octo/app:.github/product-ops.yml` | 3 | 21 | `scoring.stale-after-days` is `-5`, which is negative. | a whole number of days from 0 (never stale) to 3650 |

            See docs/configuration.md for every key and its default.

            """;
        Assert.Equal(expected, ConfigLoader.FormatErrors(errors));
    }

    [Fact]
    public void Pipes_in_user_text_do_not_break_the_table()
    {
        var errors = ConfigLoader.Load([new ConfigSource("x.yml", "\"a|b\": 1\n")]).Errors;

        var row = ConfigLoader.FormatErrors(errors).Split('\n').Single(l => l.StartsWith("| `x.yml`", StringComparison.Ordinal));

        Assert.Contains("`a\\|b`", row, StringComparison.Ordinal);
        Assert.Equal(6, row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|'));
    }

    [Fact]
    public void No_errors_give_a_short_sentence()
    {
        Assert.Equal("The configuration has no errors.\n", ConfigLoader.FormatErrors([]));
    }
}
