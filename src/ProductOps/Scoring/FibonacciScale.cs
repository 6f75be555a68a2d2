namespace ProductOps.Scoring;

/// <summary>SAFe's modified Fibonacci sequence for relative estimates (WSJF).</summary>
public sealed class FibonacciScale : InputScale
{
    public static IReadOnlyList<int> Values { get; } = [1, 2, 3, 5, 8, 13, 20, 40, 100];

    public override string Kind => "Fibonacci";

    public override string Describe(ScoringConfig config) => "one of " + string.Join(", ", Values);

    public override ScaleValue Read(string raw, ScoringConfig config)
    {
        if (!Numbers.TryParse(raw, out var number))
        {
            return ScaleValue.Invalid($"it is not {Describe(config)}");
        }

        if (number <= 0)
        {
            return ScaleValue.Invalid($"it must be greater than 0 (allowed: {Describe(config)})");
        }

        return number == Math.Floor(number) && number <= 100 && Values.Contains((int)number)
            ? ScaleValue.Ok(number, Numbers.Format(number))
            : ScaleValue.Invalid($"it is not on the scale (allowed: {Describe(config)})");
    }
}
