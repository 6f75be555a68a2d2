namespace ProductOps.Gates;

/// <summary>
/// The phases of the GOV.UK Service Manual (https://www.gov.uk/service-manual/agile-delivery), in order:
/// the one list of phases that the default gates and the roadmap's default sections share.
/// </summary>
public static class ServicePhases
{
    public static IReadOnlyList<string> Names { get; } = ["discovery", "alpha", "beta", "live", "retirement"];
}
