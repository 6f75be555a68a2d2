using ProductOps.WorkItems;

namespace ProductOps.Scoring;

/// <summary>Scores a work item with the configured model. Pure: no I/O, never throws on user input, never a fake 0.</summary>
public static class ScoreCalculator
{
    /// <param name="estimates">Team estimates from the board index (<c>/estimate</c>); they decide the inputs they cover.</param>
    public static ScoreOutcome Evaluate(WorkItem item, ScoringConfig config, IReadOnlyList<Estimate>? estimates = null)
    {
        var model = ModelCatalog.Get(config.Model);
        var inputs = new List<ScoreInput>();
        var missing = new List<string>();
        var problems = new List<string>();

        foreach (var definition in model.Inputs)
        {
            var resolved = EstimateInputs.Over(InputResolver.Resolve(item, model, definition, config), definition, estimates ?? [], config);
            if (resolved.Input is { } input)
            {
                inputs.Add(input);
            }
            else if (resolved.Missing)
            {
                missing.Add(definition.Name);
            }

            problems.AddRange(resolved.Problems);
        }

        EstimateInputs.Temper(model, inputs, config);
        if (missing.Count > 0 || problems.Count > 0)
        {
            return new NotScored(model.Name, inputs, missing, problems);
        }

        var values = inputs.Select(i => i.Value).ToArray();
        var score = Compute(model.Model, config.IceMode, values);
        if (!double.IsFinite(score))
        {
            return new NotScored(model.Name, inputs, [], [$"The {model.Name} score of these inputs is too large to compute. Check the inputs for typing errors."]);
        }

        var buckets = config.BucketsFor(model.Model);
        var bucket = Bucket(buckets.Count > 0 ? buckets : model.DefaultBuckets(config.IceMode), score);
        var formula = Formula(model, config.IceMode, values, score);
        return new Scored(model.Name, inputs, score, formula, bucket.Name, bucket.Label);
    }

    internal static double Compute(ScoringModel model, IceMode iceMode, IReadOnlyList<double> v) => model switch
    {
        ScoringModel.Rice => v[0] * v[1] * v[2] / v[3],
        ScoringModel.Wsjf => (v[0] + v[1] + v[2]) / v[3],
        ScoringModel.Ice when iceMode == IceMode.Mean => (v[0] + v[1] + v[2]) / 3,
        ScoringModel.Ice => v[0] * v[1] * v[2],
        ScoringModel.ValueEffort => v[0] / v[1],
        _ => double.NaN,
    };

    /// <summary>The formula with the actual numbers, e.g. "RICE = 500 × 2 × 0.8 ÷ 1 = 800".</summary>
    internal static string Formula(ModelDefinition model, IceMode iceMode, IReadOnlyList<double> values, double score) =>
        $"{model.Name} = {Expression(model, iceMode, values.Select(Numbers.Format).ToArray())} = {Numbers.Format(score)}";

    /// <summary>The model's arithmetic over <paramref name="terms"/> (input names or numbers), in the inputs' order.</summary>
    internal static string Expression(ModelDefinition model, IceMode iceMode, IReadOnlyList<string> terms) => model.Model switch
    {
        ScoringModel.Rice => $"{terms[0]} × {terms[1]} × {terms[2]} ÷ {terms[3]}",
        ScoringModel.Wsjf => $"({terms[0]} + {terms[1]} + {terms[2]}) ÷ {terms[3]}",
        ScoringModel.Ice when iceMode == IceMode.Mean => $"({terms[0]} + {terms[1]} + {terms[2]}) ÷ 3",
        ScoringModel.Ice => $"{terms[0]} × {terms[1]} × {terms[2]}",
        _ => $"{terms[0]} ÷ {terms[1]}",
    };

    /// <summary>The first bucket whose minimum the score reaches; a score below every minimum gets the last bucket.</summary>
    internal static PriorityBucket Bucket(IReadOnlyList<PriorityBucket> buckets, double score) =>
        buckets.FirstOrDefault(b => score >= b.Min) ?? buckets[^1];
}
