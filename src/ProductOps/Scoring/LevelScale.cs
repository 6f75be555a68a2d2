namespace ProductOps.Scoring;

/// <summary>Named levels with fixed values, such as RICE impact (massive 3 ... minimal 0.25).</summary>
public sealed class LevelScale(IReadOnlyList<KeyValuePair<string, double>> levels) : InputScale
{
    public IReadOnlyList<KeyValuePair<string, double>> Levels { get; } = levels;

    public override string Kind => "levels";

    public override string Describe(ScoringConfig config) =>
        "one of " + string.Join(", ", Levels.Select(l => $"{l.Key} ({Numbers.Format(l.Value)})"));

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        var text = raw.Trim();
        foreach (var (name, value) in Levels)
        {
            // Issue-form dropdowns often read "High (2x)": accept the level name followed by a non-letter.
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) &&
                (text.Length == name.Length || !char.IsLetter(text[name.Length])))
            {
                return ScaleValue.Ok(value, $"{name} ({Numbers.Format(value)})");
            }
        }

        if (Numbers.TryParse(text, out var number) && Levels.FirstOrDefault(l => l.Value == number) is { Key: { } match })
        {
            return ScaleValue.Ok(number, $"{match} ({Numbers.Format(number)})");
        }

        return ScaleValue.Invalid($"it is not {Describe(config)}");
    }
}
