using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>Where a refresh reads its items: the repository's board index, or the project named in <c>roadmap.project</c>.</summary>
public sealed partial class RoadmapRefresher
{
    /// <returns>The records, the project view (null for a repository's own roadmap) and the name the page shows; null when the project cannot be read.</returns>
    private async Task<(IReadOnlyList<ItemRecord> Records, RoadmapProjectView? View, string ShownAs)?> ReadItemsAsync(
        RoadmapRefreshMessage message, RoadmapConfig config, ProductOpsConfig settings, IRoadmapPublisher publisher, CancellationToken ct)
    {
        if (config.Project is not { } project || projectReader is null)
        {
            var records = new List<ItemRecord>();
            await foreach (var record in index.ListAsync(message.Provider, message.Container, ct))
            {
                // The issue that carries a project's roadmap is not an item on it.
                if (record.Key.Id != config.JiraIssue?.Key)
                {
                    records.Add(record);
                }
            }
            return (records, null, message.Container);
        }

        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        try
        {
            var read = await projectReader.ReadAsync(project, settings.Scoring.Board, message.Scope, today, ct);
            if (projectLinks is not null)
            {
                await projectLinks.LinkAsync(read.ProjectId, message, ct);
            }
            LogProjectRead(message.Container, read.Records.Count, project.ToString());
            // A group-by field the project does not have is a configuration problem too; the roadmap is still built, ungrouped.
            await publisher.ReportProjectProblemAsync(project.GroupBy is { } groupBy && read.View.Field is null
                ? $"`roadmap.project.group-by` names `{groupBy}`, but {project} has no field of that name: the roadmap is not grouped."
                : null, ct);
            return (read.Records, read.View, $"{read.Title} ({project})");
        }
        catch (RoadmapProjectUnreadableException e)
        {
            LogProjectUnreadable(message.Container, e.Message);
            await publisher.ReportProjectProblemAsync(
                e.Message + ". The roadmap last published stays as it is until the project can be read (docs/projects.md: the roadmap of a project, permissions).", ct);
            return null;
        }
    }
}
