using System.Globalization;

namespace ProductOps.Scoring;

/// <summary>Culture-free parsing and formatting of the numbers that appear in labels, fields and comments.</summary>
public static class Numbers
{
    private const NumberStyles Style =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;

    /// <summary>Parses "500", "1,000", "0.5", "-1"; refuses exponents, NaN and infinities.</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>At most three decimals, no thousands separators; tiny non-zero values keep three significant digits.</summary>
    public static string Format(double value)
    {
        if (value == 0 || Math.Abs(value) >= 0.001)
        {
            var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
            return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
        }

        return value.ToString("G3", CultureInfo.InvariantCulture);
    }
}
