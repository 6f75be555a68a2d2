namespace ProductOps.Roadmap;

/// <summary>
/// <c>roadmap.project</c> (docs/projects.md): the roadmap lists the items of an organisation's GitHub Project
/// (<c>github.com/orgs/OWNER/projects/NUMBER</c>) instead of the repository's own items, grouped by the project
/// field <paramref name="GroupBy"/> (an iteration, single-select or date field) besides Now / Next / Later.
/// </summary>
public sealed record RoadmapProjectSource(string Owner, int Number, string? GroupBy)
{
    public override string ToString() => $"{Owner} project {Number}";
}
