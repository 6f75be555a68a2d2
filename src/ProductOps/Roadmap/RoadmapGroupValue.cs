namespace ProductOps.Roadmap;

/// <summary>
/// An item's value in the group-by field: an iteration's title with its start and length in days, a
/// single-select option's name, a date (<paramref name="Start"/>), or a number or text as it shows.
/// </summary>
public sealed record RoadmapGroupValue(string Name, DateOnly? Start = null, int? Days = null);
