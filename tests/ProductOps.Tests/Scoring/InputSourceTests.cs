using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

public sealed class InputSourceTests
{
    internal static readonly string[] FormFields = ["Reach=500", "Impact=High", "Confidence=80%", "Effort=M"];

    [Fact]
    public void Issue_form_fields_alone_give_a_score_and_name_their_source()
    {
        var scored = Assert.IsType<Scored>(ScoreCalculator.Evaluate(Items.With([], FormFields), ScoringConfig.Defaults));

        Assert.Equal(800, scored.Score);
        Assert.All(scored.Inputs, i => Assert.Equal(InputSourceKind.Field, i.Kind));
        Assert.Equal("issue form field Reach", scored.Inputs[0].Source);
    }

    [Theory]
    [InlineData("github", "issue form field Reach")]
    [InlineData("jira", "Jira field Reach")]
    [InlineData("other", "field Reach")]
    public void A_field_source_is_named_after_the_provider(string provider, string source)
    {
        var outcome = ScoreCalculator.Evaluate(Items.With([], FormFields, provider), ScoringConfig.Defaults);

        Assert.Equal(source, outcome.Inputs[0].Source);
    }

    [Theory]
    [InlineData("reach", "500", 500)]
    [InlineData(" REACH ", "500", 500)]
    [InlineData("Reach", "1,500", 1500)]
    public void Field_names_match_ignoring_case_and_spaces(string name, string value, double expected)
    {
        var outcome = ScoreCalculator.Evaluate(Items.With(["impact:high", "confidence:80%", "effort:M"], [$"{name}={value}"]), ScoringConfig.Defaults);

        Assert.Equal(expected, outcome.Inputs.Single(i => i.Name == "Reach").Value);
    }

    [Theory]
    [InlineData("Impact", "High", 2)]
    [InlineData("Impact", "high (2x)", 2)]
    [InlineData("Impact", "0.5", 0.5)]
    [InlineData("Confidence", "80%", 0.8)]
    [InlineData("Confidence", "50", 0.5)]
    [InlineData("Effort", "m", 1)]
    [InlineData("Effort", "2", 2)]
    public void Field_values_are_read_on_the_input_scale(string field, string value, double expected)
    {
        var outcome = ScoreCalculator.Evaluate(Items.With([], [$"{field}={value}"]), ScoringConfig.Defaults);

        Assert.Equal(expected, outcome.Inputs.Single(i => i.Name == field).Value);
    }

    [Theory]
    [InlineData("_No response_")]
    [InlineData("   ")]
    public void An_empty_issue_form_section_counts_as_missing(string value)
    {
        var outcome = Assert.IsType<NotScored>(ScoreCalculator.Evaluate(
            Items.With(["impact:high", "confidence:80%", "effort:M"], [$"Reach={value}"]), ScoringConfig.Defaults));

        Assert.Equal(["Reach"], outcome.Missing);
        Assert.Empty(outcome.Problems);
    }

    [Theory]
    [InlineData("Impact:High")]
    [InlineData("IMPACT:high")]
    public void Label_prefixes_and_values_match_case_insensitively(string label)
    {
        var outcome = ScoreCalculator.Evaluate(Items.Labelled("reach:500", label, "confidence:80%", "effort:M"), ScoringConfig.Defaults);

        Assert.Equal(800, Assert.IsType<Scored>(outcome).Score);
    }

    [Fact]
    public void Configured_label_prefixes_and_field_names_are_used()
    {
        var config = ScoringConfig.Defaults with
        {
            Models = new Dictionary<ScoringModel, ModelConfig>
            {
                [ScoringModel.Rice] = ModelConfig.Empty with
                {
                    Inputs = new Dictionary<string, InputSource> { ["reach"] = new("users:", "Users reached"), ["effort"] = new("size:", "Size") },
                },
            },
        };

        var outcome = ScoreCalculator.Evaluate(Items.With(["users:500", "impact:high", "confidence:80%"], ["Size=M"]), config);

        var scored = Assert.IsType<Scored>(outcome);
        Assert.Equal(["label users:500", "label impact:high", "label confidence:80%", "issue form field Size"], scored.Inputs.Select(i => i.Source));
    }

    [Fact]
    public void Two_labels_with_the_same_value_are_not_a_conflict()
    {
        var outcome = ScoreCalculator.Evaluate(Items.Labelled("reach:500", "impact:high", "confidence:80%", "effort:M", "effort:1"), ScoringConfig.Defaults);

        Assert.IsType<Scored>(outcome);
    }

    [Fact]
    public void Configured_t_shirt_sizes_map_effort_labels()
    {
        var config = ScoringConfig.Defaults with
        {
            TShirtSizes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { ["XXL"] = 8 },
        };

        var scored = Assert.IsType<Scored>(ScoreCalculator.Evaluate(Items.Labelled("reach:800", "impact:high", "confidence:100%", "effort:xxl"), config));

        Assert.Equal("RICE = 800 × 2 × 1 ÷ 8 = 200", scored.Formula);
        Assert.Equal("XXL (8 person-months)", scored.Inputs[3].Display);
    }
}
