using ProductOps.Scoring;

namespace ProductOps.Tests.Scoring;

/// <summary>Each model against hand-computed values (DESIGN.md, "Scoring formulas"), with the default buckets.</summary>
public sealed class ModelFormulaTests
{
    [Theory]
    [InlineData("reach:500 impact:high confidence:80% effort:M", 800, "RICE = 500 × 2 × 0.8 ÷ 1 = 800", "priority:P2")]
    [InlineData("reach:1000 impact:massive confidence:100% effort:XS", 12000, "RICE = 1000 × 3 × 1 ÷ 0.25 = 12000", "priority:P1")]
    [InlineData("reach:100 impact:low confidence:50% effort:L", 12.5, "RICE = 100 × 0.5 × 0.5 ÷ 2 = 12.5", "priority:P4")]
    [InlineData("reach:250 impact:medium confidence:90% effort:0.5", 450, "RICE = 250 × 1 × 0.9 ÷ 0.5 = 450", "priority:P2")]
    [InlineData("reach:1,000 impact:minimal confidence:100 effort:4", 62.5, "RICE = 1000 × 0.25 × 1 ÷ 4 = 62.5", "priority:P4")]
    [InlineData("reach:120 impact:massive confidence:80% effort:S", 576, "RICE = 120 × 3 × 0.8 ÷ 0.5 = 576", "priority:P2")]
    [InlineData("reach:2000 impact:high confidence:50% effort:2", 1000, "RICE = 2000 × 2 × 0.5 ÷ 2 = 1000", "priority:P1")]
    [InlineData("reach:400 impact:medium confidence:75% effort:1", 300, "RICE = 400 × 1 × 0.75 ÷ 1 = 300", "priority:P2")]
    [InlineData("reach:200 impact:low confidence:100% effort:XL", 25, "RICE = 200 × 0.5 × 1 ÷ 4 = 25", "priority:P4")]
    public void Rice_is_reach_times_impact_times_confidence_over_effort(string labels, double score, string formula, string priority) =>
        AssertScore(ScoringModel.Rice, IceMode.Product, labels, score, formula, priority);

    [Theory]
    [InlineData("business-value:8 time-criticality:5 risk-reduction:3 job-size:5", 3.2, "WSJF = (8 + 5 + 3) ÷ 5 = 3.2", "priority:P3")]
    [InlineData("business-value:13 time-criticality:8 risk-reduction:5 job-size:3", 26.0 / 3, "WSJF = (13 + 8 + 5) ÷ 3 = 8.667", "priority:P1")]
    [InlineData("business-value:1 time-criticality:1 risk-reduction:1 job-size:13", 3.0 / 13, "WSJF = (1 + 1 + 1) ÷ 13 = 0.231", "priority:P4")]
    [InlineData("business-value:20 time-criticality:13 risk-reduction:8 job-size:8", 5.125, "WSJF = (20 + 13 + 8) ÷ 8 = 5.125", "priority:P2")]
    [InlineData("business-value:100 time-criticality:40 risk-reduction:20 job-size:1", 160, "WSJF = (100 + 40 + 20) ÷ 1 = 160", "priority:P1")]
    public void Wsjf_is_cost_of_delay_over_job_size(string labels, double score, string formula, string priority) =>
        AssertScore(ScoringModel.Wsjf, IceMode.Product, labels, score, formula, priority);

    [Theory]
    [InlineData(IceMode.Product, "impact:7 confidence:8 ease:6", 336, "ICE = 7 × 8 × 6 = 336", "priority:P2")]
    [InlineData(IceMode.Product, "impact:10 confidence:10 ease:10", 1000, "ICE = 10 × 10 × 10 = 1000", "priority:P1")]
    [InlineData(IceMode.Product, "impact:5 confidence:4 ease:5", 100, "ICE = 5 × 4 × 5 = 100", "priority:P3")]
    [InlineData(IceMode.Product, "impact:1 confidence:1 ease:1", 1, "ICE = 1 × 1 × 1 = 1", "priority:P4")]
    [InlineData(IceMode.Mean, "impact:7 confidence:8 ease:6", 7, "ICE = (7 + 8 + 6) ÷ 3 = 7", "priority:P2")]
    [InlineData(IceMode.Mean, "impact:10 confidence:10 ease:10", 10, "ICE = (10 + 10 + 10) ÷ 3 = 10", "priority:P1")]
    [InlineData(IceMode.Mean, "impact:5 confidence:4 ease:5", 14.0 / 3, "ICE = (5 + 4 + 5) ÷ 3 = 4.667", "priority:P3")]
    [InlineData(IceMode.Mean, "impact:1 confidence:1 ease:1", 1, "ICE = (1 + 1 + 1) ÷ 3 = 1", "priority:P4")]
    public void Ice_is_the_product_or_the_mean_of_its_inputs(IceMode mode, string labels, double score, string formula, string priority) =>
        AssertScore(ScoringModel.Ice, mode, labels, score, formula, priority);

    [Theory]
    [InlineData("value:8 effort:M", 8, "Value/effort = 8 ÷ 1 = 8", "priority:P1")]
    [InlineData("value:6 effort:1.5", 4, "Value/effort = 6 ÷ 1.5 = 4", "priority:P2")]
    [InlineData("value:5 effort:L", 2.5, "Value/effort = 5 ÷ 2 = 2.5", "priority:P3")]
    [InlineData("value:3 effort:XL", 0.75, "Value/effort = 3 ÷ 4 = 0.75", "priority:P4")]
    [InlineData("value:10 effort:0.25", 40, "Value/effort = 10 ÷ 0.25 = 40", "priority:P1")]
    public void Value_effort_is_value_over_effort(string labels, double score, string formula, string priority) =>
        AssertScore(ScoringModel.ValueEffort, IceMode.Product, labels, score, formula, priority);

    [Fact]
    public void A_score_below_every_bucket_minimum_gets_the_last_bucket()
    {
        var config = ScoringConfig.Defaults with
        {
            Models = new Dictionary<ScoringModel, ModelConfig>
            {
                [ScoringModel.Rice] = ModelConfig.Empty with { Buckets = [new("Hot", "hot", 1000), new("Warm", "warm", 100)] },
            },
        };

        var scored = Assert.IsType<Scored>(ScoreCalculator.Evaluate(Items.Labelled("reach:10", "impact:low", "confidence:50%", "effort:M"), config));

        Assert.Equal(("Warm", "warm"), (scored.Bucket, scored.PriorityLabel));
    }

    private static void AssertScore(ScoringModel model, IceMode mode, string labels, double score, string formula, string priority)
    {
        var config = ScoringConfig.Defaults with { Model = model, IceMode = mode };

        var scored = Assert.IsType<Scored>(ScoreCalculator.Evaluate(Items.Labelled(labels.Split(' ')), config));

        Assert.Equal(score, scored.Score, 9);
        Assert.Equal(formula, scored.Formula);
        Assert.Equal(priority, scored.PriorityLabel);
        Assert.Equal(priority["priority:".Length..], scored.Bucket);
    }
}
