namespace ProductOps.Roadmap;

/// <summary>
/// Which roadmaps are built from which project, so an edit on the project (a <c>projects_v2_item</c>
/// event) marks every roadmap that lists it. A roadmap links itself each time it reads its project.
/// </summary>
public interface IRoadmapProjectLinks
{
    /// <summary>Records that <paramref name="roadmap"/> lists the project with node id <paramref name="projectId"/>.</summary>
    Task LinkAsync(string projectId, RoadmapRefreshMessage roadmap, CancellationToken ct);

    /// <summary>The roadmaps built from the project, with the installation each refreshes with.</summary>
    Task<IReadOnlyList<RoadmapRefreshMessage>> ListAsync(string projectId, CancellationToken ct);
}
