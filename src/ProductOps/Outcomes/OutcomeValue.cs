using ProductOps.Scoring;

namespace ProductOps.Outcomes;

/// <summary>Reads a measured value as people write it: "47", "47%", "47 %", "1,200 tickets", "-3.5".</summary>
public static class OutcomeValue
{
    public static bool TryParse(string text, string unit, out double value)
    {
        var trimmed = text.Trim();
        if (unit.Length > 0 && trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^unit.Length].TrimEnd();
        }
        else if (trimmed.EndsWith('%'))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }
        return Numbers.TryParse(trimmed, out value);
    }
}
