using System.Globalization;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// Reads what a project roadmap is built from (docs/projects.md): the project's items through
/// <see cref="IRoadmapProjects"/>, each issue merged with its board-index row when it has one (its score,
/// phase, gate and history), otherwise its score and priority from the project's score and priority
/// fields. Drafts have no row: their fields are all there is. Titles and states come from the project read,
/// which is newer than any row.
/// </summary>
public sealed class ProjectRoadmapReader(IRoadmapProjects projects, IBoardIndex index)
{
    public async Task<(string ProjectId, string Title, IReadOnlyList<ItemRecord> Records, RoadmapProjectView View)> ReadAsync(
        RoadmapProjectSource source, BoardConfig board, string? scope, DateOnly today, CancellationToken ct)
    {
        var read = await projects.ReadAsync(source, scope, ct);
        var keys = read.Items.Select(i => i.Key).ToHashSet();
        var rows = new Dictionary<ItemKey, ItemRecord>();
        // One index query per repository on the project, rather than one read per item.
        foreach (var container in read.Items.Where(i => i.Board?.IsDraft != true).Select(i => (i.Key.Provider, i.Key.Container)).Distinct())
        {
            await foreach (var row in index.ListAsync(container.Provider, container.Container, ct))
            {
                if (keys.Contains(row.Key) && row.State != ItemState.Deleted)
                {
                    rows[row.Key] = row;
                }
            }
        }

        var records = read.Items.Select(item => Record(item, rows.GetValueOrDefault(item.Key), board)).ToList();
        var drafts = read.Items.Where(i => i.Board?.IsDraft == true).Select(i => i.Key).ToHashSet();
        return (read.ProjectId, read.Title, records, new RoadmapProjectView(read.Field, read.Values, drafts, today));
    }

    private static ItemRecord Record(WorkItem item, ItemRecord? row, BoardConfig board)
    {
        var record = row ?? ItemRecord.New(item.Key) with
        {
            CreatedAt = item.CreatedAt == default ? null : item.CreatedAt,
            TrackerUpdatedAt = item.UpdatedAt,
        };
        var fieldScore = board.ScoreField is { } scoreField && item.Board?.Value(scoreField) is { } text &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            ? new ScoreSnapshot(score, new Dictionary<string, double>())
            : null;
        return record with
        {
            Title = item.Title,
            Url = item.Url,
            State = item.State,
            Labels = item.Labels,
            Milestone = item.Milestone,
            Score = record.Score?.Score is not null ? record.Score : fieldScore ?? record.Score,
            Priority = record.Priority ?? (board.PriorityField is { } priorityField ? item.Board?.Value(priorityField) : null),
        };
    }
}
