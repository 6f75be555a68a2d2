using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Adds an open item's project card when the configuration reads or writes project fields and the
/// event did not carry it (an <c>issues</c> delivery says nothing about projects): one GraphQL query.
/// Repositories without <c>scoring.project</c> spend nothing.
/// </summary>
internal static class BoardReading
{
    public static async Task<WorkItem> WithCardAsync(WorkItem item, BoardConfig config, ITrackerSession session, CancellationToken ct)
    {
        if (!config.IsEnabled)
        {
            return item with { Board = null };
        }
        if (session is not IBoardTracker board)
        {
            // A tracker without boards (Jira): the card is whatever the event carried.
            return item;
        }
        if (item.Board is { } card && (config.Number is null || card.ProjectNumber == config.Number))
        {
            return item;
        }
        return item with { Board = await board.ReadCardAsync(item.Key, config, ct) };
    }
}
