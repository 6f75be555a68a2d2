namespace ProductOps.Scoring;

/// <summary>
/// Team estimates as an input source (docs/commands.md, "Team estimates"). Precedence: when anyone has
/// estimated an input, the estimates decide it (their median), over labels and fields, because they are
/// signed, dated and meant to be discussed; the label or field value is shown as set aside. Labels and
/// fields are still read by <see cref="InputResolver"/> and decide every input nobody estimated.
/// </summary>
internal static class EstimateInputs
{
    /// <summary>The team's value of one input, or <paramref name="other"/> (labels and fields) when nobody estimated it.</summary>
    public static InputResolver.Resolved Over(InputResolver.Resolved other, InputDefinition input, IReadOnlyList<Estimate> estimates, ScoringConfig config)
    {
        var read = estimates
            .Where(e => e.Input == input.Key)
            .Select(e => (Estimate: e, Value: input.Scale.Read(e.Raw, config)))
            .Where(r => r.Value.IsValid)
            .OrderBy(r => r.Estimate.At)
            .ToList();
        if (read.Count == 0)
        {
            return other;
        }

        var values = read.Select(r => r.Value.Value).Order().ToList();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
        var disagree = values.Count >= 2 && values[0] > 0 && values[^1] / values[0] > config.Estimates.DisagreeRatio;
        var display = read.Count == 1 ? read[0].Value.Display : $"{Numbers.Format(median)} (median of {read.Count})";
        var setAside = other.Input is { } label && label.Value != median ? new OverruledInput(label.Via, label.Origin, label.Display) : null;
        return new InputResolver.Resolved(
            new ScoreInput(input.Name, median, display, read.Count == 1 ? "team estimate" : "team estimates")
            {
                Kind = InputSourceKind.Estimate,
                Via = read.Count == 1 ? "estimate by" : "median of the estimates by",
                Origin = string.Join(", ", read.Select(r => r.Estimate.Author)),
                Overruled = setAside,
                Estimates = read.Select(r => r.Estimate).ToList(),
                EstimatesDisagree = disagree,
            },
            []);
    }

    /// <summary>
    /// RICE only: disagreeing estimates lower confidence by the configured step (never below 1%, the
    /// scale's floor), so a score built on estimates the team has not agreed on ranks lower until they do.
    /// </summary>
    public static void Temper(ModelDefinition model, List<ScoreInput> inputs, ScoringConfig config)
    {
        var step = config.Estimates.ConfidenceStep;
        if (model.Model != ScoringModel.Rice || step <= 0 || !inputs.Any(i => i.EstimatesDisagree))
        {
            return;
        }

        var index = inputs.FindIndex(i => i.Name == ModelCatalog.Rice.Input("confidence")!.Name);
        if (index < 0)
        {
            return;
        }

        var confidence = inputs[index];
        var lowered = Math.Max(0.01, Math.Round(confidence.Value - step, 4));
        inputs[index] = confidence with
        {
            Value = lowered,
            Display = $"{Numbers.Format(lowered * 100)}% ({confidence.Display} lowered by {Numbers.Format(step * 100)} points: estimates disagree)",
        };
    }
}
