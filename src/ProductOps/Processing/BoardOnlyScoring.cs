using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// Scores a draft on the board: the configuration of the board owner's <c>.github</c> repository, the
/// draft's project fields as inputs, the score and priority fields written when they differ. A draft
/// has no comments or labels, so nothing else is written.
/// </summary>
internal static class BoardOnlyScoring
{
    public static async Task<int> ApplyAsync(ITrackerProvider provider, BoardItemEvent ev, CancellationToken ct)
    {
        var session = provider.Open(new ItemEvent(ev.Item, ev.EventName, ev.Action, ev.Scope));
        if (session is not IBoardTracker || ev.Item.Board is null)
        {
            return 0;
        }
        var config = (await provider.ReadConfigAsync(ev.Item.Key.Container, ev.Scope, ct)).Config;
        if (!config.Scoring.Board.IsEnabled || (config.Scoring.Board.Number is { } number && number != ev.Item.Board.ProjectNumber))
        {
            return 0;
        }
        var writes = new List<PlannedWrite>();
        BoardPlanner.Plan(ev.Item, config.Scoring, writes);
        foreach (var write in writes)
        {
            await PlanApplier.WriteAsync(ev.Item.Key, write, session, ct);
        }
        return writes.Count;
    }
}
