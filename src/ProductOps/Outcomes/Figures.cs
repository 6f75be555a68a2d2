using System.Globalization;

namespace ProductOps.Outcomes;

/// <summary>Numbers as people read them: "3,200", "47 %", "12.5 tickets".</summary>
public static class Figures
{
    public static string Number(double value) =>
        Math.Abs(value) >= 100 ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string WithUnit(double value, string unit) =>
        unit.Length == 0 ? Number(value) : unit == "%" ? Number(value) + " %" : $"{Number(value)} {unit}";
}
