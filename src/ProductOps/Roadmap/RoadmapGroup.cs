namespace ProductOps.Roadmap;

/// <summary>
/// One value of the group-by field (an iteration, an option, a month) with its items best first.
/// <see cref="Dates"/> is an iteration's span; <see cref="Done"/> an iteration that has ended.
/// </summary>
public sealed record RoadmapGroup(string Name, IReadOnlyList<RoadmapItem> Items)
{
    public string Dates { get; init; } = "";

    public bool Done { get; init; }

    public bool Current { get; init; }

    /// <summary>The group of items without a value ("No Iteration"), always last.</summary>
    public bool IsEmptyValue { get; init; }
}
